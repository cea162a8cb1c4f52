package events

// KinesisEventResponse mirrors events.KinesisEventResponse.
type KinesisEventResponse struct {
	BatchItemFailures []KinesisBatchItemFailure `json:"batchItemFailures"`
}

// KinesisBatchItemFailure mirrors events.KinesisBatchItemFailure.
type KinesisBatchItemFailure struct {
	ItemIdentifier string `json:"itemIdentifier"`
}

// DynamoDBEventResponse mirrors events.DynamoDBEventResponse.
type DynamoDBEventResponse struct {
	BatchItemFailures []DynamoDBBatchItemFailure `json:"batchItemFailures"`
}

// DynamoDBBatchItemFailure mirrors events.DynamoDBBatchItemFailure.
type DynamoDBBatchItemFailure struct {
	ItemIdentifier string `json:"itemIdentifier"`
}

// SQSEventResponse mirrors events.SQSEventResponse.
type SQSEventResponse struct {
	BatchItemFailures []SQSBatchItemFailure `json:"batchItemFailures"`
}

// SQSBatchItemFailure mirrors events.SQSBatchItemFailure.
type SQSBatchItemFailure struct {
	ItemIdentifier string `json:"itemIdentifier"`
}
