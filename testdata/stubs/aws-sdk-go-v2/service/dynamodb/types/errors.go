package types

// ConditionalCheckFailedException is a condition specified in the operation
// failed to be evaluated.
type ConditionalCheckFailedException struct {
	Message           *string
	ErrorCodeOverride *string
	Item              map[string]AttributeValue

	_ struct{}
}

// TransactionCanceledException is the entire transaction request was
// canceled.
type TransactionCanceledException struct {
	Message             *string
	ErrorCodeOverride   *string
	CancellationReasons []CancellationReason

	_ struct{}
}

// Error returns the message of the error.
func (e *ConditionalCheckFailedException) Error() string { return "" }

// ErrorMessage returns the message the service sent.
func (e *ConditionalCheckFailedException) ErrorMessage() string { return "" }

// ErrorCode returns the error code the service sent.
func (e *ConditionalCheckFailedException) ErrorCode() string { return "" }

// Error returns the message of the error.
func (e *TransactionCanceledException) Error() string { return "" }

// ErrorMessage returns the message the service sent.
func (e *TransactionCanceledException) ErrorMessage() string { return "" }

// ErrorCode returns the error code the service sent.
func (e *TransactionCanceledException) ErrorCode() string { return "" }
