package events

// DynamoDBEvent mirrors events.DynamoDBEvent.
type DynamoDBEvent struct {
	Records []DynamoDBEventRecord `json:"Records"`
}

// DynamoDBTimeWindowEvent mirrors events.DynamoDBTimeWindowEvent.
type DynamoDBTimeWindowEvent struct {
	DynamoDBEvent
	TimeWindowProperties
}

// DynamoDBTimeWindowEventResponse mirrors events.DynamoDBTimeWindowEventResponse.
type DynamoDBTimeWindowEventResponse struct {
	TimeWindowEventResponseProperties
	BatchItemFailures []DynamoDBBatchItemFailure `json:"batchItemFailures"`
}

// DynamoDBEventRecord mirrors events.DynamoDBEventRecord.
type DynamoDBEventRecord struct {
	AWSRegion string `json:"awsRegion"`

	Change DynamoDBStreamRecord `json:"dynamodb"`

	EventID string `json:"eventID"`

	EventName string `json:"eventName"`

	EventSource string `json:"eventSource"`

	EventVersion string `json:"eventVersion"`

	EventSourceArn string `json:"eventSourceARN"`

	UserIdentity *DynamoDBUserIdentity `json:"userIdentity,omitempty"`
}

// DynamoDBUserIdentity mirrors events.DynamoDBUserIdentity.
type DynamoDBUserIdentity struct {
	Type        string `json:"type"`
	PrincipalID string `json:"principalId"`
}

// DynamoDBStreamRecord mirrors events.DynamoDBStreamRecord.
type DynamoDBStreamRecord struct {
	ApproximateCreationDateTime SecondsEpochTime `json:"ApproximateCreationDateTime,omitempty"`

	Keys map[string]DynamoDBAttributeValue `json:"Keys,omitempty"`

	NewImage map[string]DynamoDBAttributeValue `json:"NewImage,omitempty"`

	OldImage map[string]DynamoDBAttributeValue `json:"OldImage,omitempty"`

	SequenceNumber string `json:"SequenceNumber"`

	SizeBytes int64 `json:"SizeBytes"`

	StreamViewType string `json:"StreamViewType"`
}

// DynamoDBKeyType mirrors events.DynamoDBKeyType.
type DynamoDBKeyType string

const (
	DynamoDBKeyTypeHash  DynamoDBKeyType = "HASH"
	DynamoDBKeyTypeRange DynamoDBKeyType = "RANGE"
)

// DynamoDBOperationType mirrors events.DynamoDBOperationType.
type DynamoDBOperationType string

const (
	DynamoDBOperationTypeInsert DynamoDBOperationType = "INSERT"
	DynamoDBOperationTypeModify DynamoDBOperationType = "MODIFY"
	DynamoDBOperationTypeRemove DynamoDBOperationType = "REMOVE"
)

// DynamoDBSharedIteratorType mirrors events.DynamoDBSharedIteratorType.
type DynamoDBSharedIteratorType string

const (
	DynamoDBShardIteratorTypeTrimHorizon         DynamoDBSharedIteratorType = "TRIM_HORIZON"
	DynamoDBShardIteratorTypeLatest              DynamoDBSharedIteratorType = "LATEST"
	DynamoDBShardIteratorTypeAtSequenceNumber    DynamoDBSharedIteratorType = "AT_SEQUENCE_NUMBER"
	DynamoDBShardIteratorTypeAfterSequenceNumber DynamoDBSharedIteratorType = "AFTER_SEQUENCE_NUMBER"
)

// DynamoDBStreamStatus mirrors events.DynamoDBStreamStatus.
type DynamoDBStreamStatus string

const (
	DynamoDBStreamStatusEnabling  DynamoDBStreamStatus = "ENABLING"
	DynamoDBStreamStatusEnabled   DynamoDBStreamStatus = "ENABLED"
	DynamoDBStreamStatusDisabling DynamoDBStreamStatus = "DISABLING"
	DynamoDBStreamStatusDisabled  DynamoDBStreamStatus = "DISABLED"
)

// DynamoDBStreamViewType mirrors events.DynamoDBStreamViewType.
type DynamoDBStreamViewType string

const (
	DynamoDBStreamViewTypeNewImage        DynamoDBStreamViewType = "NEW_IMAGE"
	DynamoDBStreamViewTypeOldImage        DynamoDBStreamViewType = "OLD_IMAGE"
	DynamoDBStreamViewTypeNewAndOldImages DynamoDBStreamViewType = "NEW_AND_OLD_IMAGES"
	DynamoDBStreamViewTypeKeysOnly        DynamoDBStreamViewType = "KEYS_ONLY"
)
