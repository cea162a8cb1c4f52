package events

// KinesisEvent mirrors events.KinesisEvent.
type KinesisEvent struct {
	Records []KinesisEventRecord `json:"Records"`
}

// KinesisTimeWindowEvent mirrors events.KinesisTimeWindowEvent.
type KinesisTimeWindowEvent struct {
	KinesisEvent
	TimeWindowProperties
}

// KinesisTimeWindowEventResponse mirrors events.KinesisTimeWindowEventResponse.
type KinesisTimeWindowEventResponse struct {
	TimeWindowEventResponseProperties
	BatchItemFailures []KinesisBatchItemFailure `json:"batchItemFailures"`
}

// KinesisEventRecord mirrors events.KinesisEventRecord.
type KinesisEventRecord struct {
	AwsRegion         string        `json:"awsRegion"`
	EventID           string        `json:"eventID"`
	EventName         string        `json:"eventName"`
	EventSource       string        `json:"eventSource"`
	EventSourceArn    string        `json:"eventSourceARN"`
	EventVersion      string        `json:"eventVersion"`
	InvokeIdentityArn string        `json:"invokeIdentityArn"`
	Kinesis           KinesisRecord `json:"kinesis"`
}

// KinesisRecord mirrors events.KinesisRecord.
type KinesisRecord struct {
	ApproximateArrivalTimestamp SecondsEpochTime `json:"approximateArrivalTimestamp"`
	Data                        []byte           `json:"data"`
	EncryptionType              string           `json:"encryptionType,omitempty"`
	PartitionKey                string           `json:"partitionKey"`
	SequenceNumber              string           `json:"sequenceNumber"`
	KinesisSchemaVersion        string           `json:"kinesisSchemaVersion"`
}
