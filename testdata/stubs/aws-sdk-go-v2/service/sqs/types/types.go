package types

// BatchResultErrorEntry gives a detailed description of the result of an
// action on each entry in the request.
type BatchResultErrorEntry struct {
	Code        *string
	Id          *string
	SenderFault bool
	Message     *string

	_ struct{}
}

// DeleteMessageBatchRequestEntry encloses a receipt handle and an identifier
// for it.
type DeleteMessageBatchRequestEntry struct {
	Id            *string
	ReceiptHandle *string

	_ struct{}
}

// DeleteMessageBatchResultEntry encloses the Id of an entry in
// DeleteMessageBatch.
type DeleteMessageBatchResultEntry struct {
	Id *string

	_ struct{}
}

// Message is an Amazon SQS message.
type Message struct {
	Attributes             map[string]string
	Body                   *string
	MD5OfBody              *string
	MD5OfMessageAttributes *string
	MessageAttributes      map[string]MessageAttributeValue
	MessageId              *string
	ReceiptHandle          *string

	_ struct{}
}

// MessageAttributeValue is the user-specified message attribute value.
type MessageAttributeValue struct {
	DataType         *string
	BinaryListValues [][]byte
	BinaryValue      []byte
	StringListValues []string
	StringValue      *string

	_ struct{}
}

// MessageSystemAttributeValue is the user-specified message system attribute
// value.
type MessageSystemAttributeValue struct {
	DataType         *string
	BinaryListValues [][]byte
	BinaryValue      []byte
	StringListValues []string
	StringValue      *string

	_ struct{}
}

// SendMessageBatchRequestEntry contains the details of a single Amazon SQS
// message along with an Id .
type SendMessageBatchRequestEntry struct {
	Id                      *string
	MessageBody             *string
	DelaySeconds            int32
	MessageAttributes       map[string]MessageAttributeValue
	MessageDeduplicationId  *string
	MessageGroupId          *string
	MessageSystemAttributes map[string]MessageSystemAttributeValue

	_ struct{}
}

// SendMessageBatchResultEntry encloses a MessageId for a
// successfully-enqueued message in a SendMessageBatch.
type SendMessageBatchResultEntry struct {
	Id                           *string
	MD5OfMessageBody             *string
	MessageId                    *string
	MD5OfMessageAttributes       *string
	MD5OfMessageSystemAttributes *string
	SequenceNumber               *string

	_ struct{}
}
