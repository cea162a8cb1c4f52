package events

import "time"

// S3Event mirrors events.S3Event.
type S3Event struct {
	Records []S3EventRecord `json:"Records"`
}

// S3EventRecord mirrors events.S3EventRecord.
type S3EventRecord struct {
	EventVersion                string                         `json:"eventVersion"`
	EventSource                 string                         `json:"eventSource"`
	AWSRegion                   string                         `json:"awsRegion"`
	EventTime                   time.Time                      `json:"eventTime"`
	EventName                   string                         `json:"eventName"`
	PrincipalID                 S3UserIdentity                 `json:"userIdentity"`
	RequestParameters           S3RequestParameters            `json:"requestParameters"`
	ResponseElements            map[string]string              `json:"responseElements"`
	S3                          S3Entity                       `json:"s3"`
	GlacierEventData            *S3GlacierEventData            `json:"glacierEventData,omitempty"`
	RestoreEventData            *S3RestoreEventData            `json:"restoreEventData,omitempty"`
	ReplicationEventData        *S3ReplicationEventData        `json:"replicationEventData,omitempty"`
	IntelligentTieringEventData *S3IntelligentTieringEventData `json:"intelligentTieringEventData,omitempty"`
	LifecycleEventData          *S3LifecycleEventData          `json:"lifecycleEventData,omitempty"`
}

// S3UserIdentity mirrors events.S3UserIdentity.
type S3UserIdentity struct {
	PrincipalID string `json:"principalId"`
}

// S3RequestParameters mirrors events.S3RequestParameters.
type S3RequestParameters struct {
	SourceIPAddress string `json:"sourceIPAddress"`
}

// S3Entity mirrors events.S3Entity.
type S3Entity struct {
	SchemaVersion   string   `json:"s3SchemaVersion"`
	ConfigurationID string   `json:"configurationId"`
	Bucket          S3Bucket `json:"bucket"`
	Object          S3Object `json:"object"`
}

// S3Bucket mirrors events.S3Bucket.
type S3Bucket struct {
	Name          string         `json:"name"`
	OwnerIdentity S3UserIdentity `json:"ownerIdentity"`
	Arn           string         `json:"arn"`
}

// S3Object mirrors events.S3Object.
type S3Object struct {
	Key           string `json:"key"`
	Size          int64  `json:"size,omitempty"`
	URLDecodedKey string `json:"urlDecodedKey"`
	VersionID     string `json:"versionId"`
	ETag          string `json:"eTag"`
	Sequencer     string `json:"sequencer"`
}

// UnmarshalJSON mirrors the method of events.S3Object.
func (o *S3Object) UnmarshalJSON(data []byte) error { return nil }

// S3GlacierEventData mirrors events.S3GlacierEventData.
type S3GlacierEventData struct {
	RestoreEventData *S3RestoreEventData `json:"restoreEventData"`
}

// S3RestoreEventData mirrors events.S3RestoreEventData.
type S3RestoreEventData struct {
	LifecycleRestorationExpiryTime time.Time `json:"lifecycleRestorationExpiryTime"`
	LifecycleRestoreStorageClass   string    `json:"lifecycleRestoreStorageClass"`
}

// S3ReplicationEventData mirrors events.S3ReplicationEventData.
type S3ReplicationEventData struct {
	ReplicationRuleID string    `json:"replicationRuleId"`
	DestinationBucket string    `json:"destinationBucket"`
	S3Operation       string    `json:"s3Operation"`
	RequestTime       time.Time `json:"requestTime"`
	FailureReason     string    `json:"failureReason"`
}

// S3IntelligentTieringEventData mirrors events.S3IntelligentTieringEventData.
type S3IntelligentTieringEventData struct {
	DestinationAccessTier string `json:"destinationAccessTier"`
}

// S3LifecycleEventData mirrors events.S3LifecycleEventData.
type S3LifecycleEventData struct {
	TransitionEventData *S3TransitionEventData `json:"transitionEventData"`
}

// S3TransitionEventData mirrors events.S3TransitionEventData.
type S3TransitionEventData struct {
	DestinationStorageClass string `json:"destinationStorageClass"`
}

// S3TestEvent mirrors events.S3TestEvent.
type S3TestEvent struct {
	Service   string    `json:"Service"`
	Bucket    string    `json:"Bucket"`
	Event     string    `json:"Event"`
	Time      time.Time `json:"Time"`
	RequestID string    `json:"RequestId"`
	HostID    string    `json:"HostId"`
}
