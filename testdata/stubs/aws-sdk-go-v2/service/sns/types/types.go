package types

// BatchResultErrorEntry gives a detailed description of failed messages in
// the batch.
type BatchResultErrorEntry struct {
	Code        *string
	Id          *string
	SenderFault bool
	Message     *string

	_ struct{}
}

// MessageAttributeValue is the user-specified message attribute value.
type MessageAttributeValue struct {
	DataType    *string
	BinaryValue []byte
	StringValue *string

	_ struct{}
}

// PublishBatchRequestEntry contains the details of a single Amazon SNS
// message along with an Id that identifies a message within the batch.
type PublishBatchRequestEntry struct {
	Id                     *string
	Message                *string
	MessageAttributes      map[string]MessageAttributeValue
	MessageDeduplicationId *string
	MessageGroupId         *string
	MessageStructure       *string
	Subject                *string

	_ struct{}
}

// PublishBatchResultEntry encloses data related to a successful message in a
// batch request for topic.
type PublishBatchResultEntry struct {
	Id             *string
	MessageId      *string
	SequenceNumber *string

	_ struct{}
}
