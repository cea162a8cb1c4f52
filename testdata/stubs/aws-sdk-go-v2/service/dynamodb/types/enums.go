package types

// ReturnValueAllNew is a ReturnValue value.
const ReturnValueAllNew ReturnValue = "ALL_NEW"

// ReturnValueUpdatedNew is a ReturnValue value.
const ReturnValueUpdatedNew ReturnValue = "UPDATED_NEW"

// ReturnValueNone is a ReturnValue value.
const ReturnValueNone ReturnValue = "NONE"

// ReturnValueAllOld is a ReturnValue value.
const ReturnValueAllOld ReturnValue = "ALL_OLD"

// ReturnValueUpdatedOld is a ReturnValue value.
const ReturnValueUpdatedOld ReturnValue = "UPDATED_OLD"

// AttributeAction is a string enum of the API.
type AttributeAction string

// ComparisonOperator is a string enum of the API.
type ComparisonOperator string

// ConditionalOperator is a string enum of the API.
type ConditionalOperator string

// ReturnConsumedCapacity is a string enum of the API.
type ReturnConsumedCapacity string

// ReturnItemCollectionMetrics is a string enum of the API.
type ReturnItemCollectionMetrics string

// ReturnValue is a string enum of the API.
type ReturnValue string

// ReturnValuesOnConditionCheckFailure is a string enum of the API.
type ReturnValuesOnConditionCheckFailure string

// Select is a string enum of the API.
type Select string
