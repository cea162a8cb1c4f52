package types

// PutRecordsRequestEntry represents the output for PutRecords .
type PutRecordsRequestEntry struct {
	Data            []byte
	ExplicitHashKey *string
	PartitionKey    *string

	_ struct{}
}

// PutRecordsResultEntry represents the result of an individual record from a
// PutRecords request.
type PutRecordsResultEntry struct {
	ErrorCode      *string
	ErrorMessage   *string
	SequenceNumber *string
	ShardId        *string

	_ struct{}
}
