package types

// AttributeValue represents the data for an attribute.
type AttributeValue interface{ isAttributeValue() }

// AttributeValueMemberB is an attribute of type Binary.
type AttributeValueMemberB struct {
	Value []byte

	_ struct{}
}

// AttributeValueMemberBOOL is an attribute of type Boolean.
type AttributeValueMemberBOOL struct {
	Value bool

	_ struct{}
}

// AttributeValueMemberBS is an attribute of type Binary Set.
type AttributeValueMemberBS struct {
	Value [][]byte

	_ struct{}
}

// AttributeValueMemberL is an attribute of type List.
type AttributeValueMemberL struct {
	Value []AttributeValue

	_ struct{}
}

// AttributeValueMemberM is an attribute of type Map.
type AttributeValueMemberM struct {
	Value map[string]AttributeValue

	_ struct{}
}

// AttributeValueMemberN is an attribute of type Number.
type AttributeValueMemberN struct {
	Value string

	_ struct{}
}

// AttributeValueMemberNS is an attribute of type Number Set.
type AttributeValueMemberNS struct {
	Value []string

	_ struct{}
}

// AttributeValueMemberNULL is an attribute of type Null.
type AttributeValueMemberNULL struct {
	Value bool

	_ struct{}
}

// AttributeValueMemberS is an attribute of type String.
type AttributeValueMemberS struct {
	Value string

	_ struct{}
}

// AttributeValueMemberSS is an attribute of type String Set.
type AttributeValueMemberSS struct {
	Value []string

	_ struct{}
}

// AttributeValueUpdate is an attribute UpdateItem modifies and how.
type AttributeValueUpdate struct {
	Action AttributeAction
	Value  AttributeValue

	_ struct{}
}

// CancellationReason is an ordered list of errors for each item in the
// request which caused the transaction to get cancelled.
type CancellationReason struct {
	Code    *string
	Item    map[string]AttributeValue
	Message *string

	_ struct{}
}

// Capacity represents the amount of provisioned throughput capacity consumed
// on a table or an index.
type Capacity struct {
	CapacityUnits      *float64
	ReadCapacityUnits  *float64
	WriteCapacityUnits *float64

	_ struct{}
}

// Condition represents the selection criteria for a Query or Scan operation:
type Condition struct {
	ComparisonOperator ComparisonOperator
	AttributeValueList []AttributeValue

	_ struct{}
}

// ConditionCheck represents a request to perform a check that an item exists
// or to check the condition of specific attributes of the item.
type ConditionCheck struct {
	ConditionExpression                 *string
	Key                                 map[string]AttributeValue
	TableName                           *string
	ExpressionAttributeNames            map[string]string
	ExpressionAttributeValues           map[string]AttributeValue
	ReturnValuesOnConditionCheckFailure ReturnValuesOnConditionCheckFailure

	_ struct{}
}

// ConsumedCapacity is the capacity units consumed by an operation.
type ConsumedCapacity struct {
	CapacityUnits          *float64
	GlobalSecondaryIndexes map[string]Capacity
	LocalSecondaryIndexes  map[string]Capacity
	ReadCapacityUnits      *float64
	Table                  *Capacity
	TableName              *string
	VectorIndexes          map[string]VectorCapacity
	WriteCapacityUnits     *float64

	_ struct{}
}

// Delete represents a request to perform a DeleteItem operation.
type Delete struct {
	Key                                 map[string]AttributeValue
	TableName                           *string
	ConditionExpression                 *string
	ExpressionAttributeNames            map[string]string
	ExpressionAttributeValues           map[string]AttributeValue
	ReturnValuesOnConditionCheckFailure ReturnValuesOnConditionCheckFailure

	_ struct{}
}

// DeleteRequest represents a request to perform a DeleteItem operation on an
// item.
type DeleteRequest struct {
	Key map[string]AttributeValue

	_ struct{}
}

// ExpectedAttributeValue represents a condition to be compared with an
// attribute value.
type ExpectedAttributeValue struct {
	AttributeValueList []AttributeValue
	ComparisonOperator ComparisonOperator
	Exists             *bool
	Value              AttributeValue

	_ struct{}
}

// Get specifies an item and related attribute values to retrieve in a
// TransactGetItem object.
type Get struct {
	Key                      map[string]AttributeValue
	TableName                *string
	ExpressionAttributeNames map[string]string
	ProjectionExpression     *string

	_ struct{}
}

// ItemCollectionMetrics is about the item collections an operation affected.
type ItemCollectionMetrics struct {
	ItemCollectionKey   map[string]AttributeValue
	SizeEstimateRangeGB []float64

	_ struct{}
}

// ItemResponse details for the requested item.
type ItemResponse struct {
	Item map[string]AttributeValue

	_ struct{}
}

// KeysAndAttributes represents a set of primary keys and, for each key, the
// attributes to retrieve from the table.
type KeysAndAttributes struct {
	Keys                     []map[string]AttributeValue
	AttributesToGet          []string
	ConsistentRead           *bool
	ExpressionAttributeNames map[string]string
	ProjectionExpression     *string

	_ struct{}
}

// Put represents a request to perform a PutItem operation.
type Put struct {
	Item                                map[string]AttributeValue
	TableName                           *string
	ConditionExpression                 *string
	ExpressionAttributeNames            map[string]string
	ExpressionAttributeValues           map[string]AttributeValue
	ReturnValuesOnConditionCheckFailure ReturnValuesOnConditionCheckFailure

	_ struct{}
}

// PutRequest represents a request to perform a PutItem operation on an item.
type PutRequest struct {
	Item map[string]AttributeValue

	_ struct{}
}

// TransactGetItem specifies an item to be retrieved as part of the
// transaction.
type TransactGetItem struct {
	Get *Get

	_ struct{}
}

// TransactWriteItem is a list of requests that can perform update, put,
// delete, or check operations on multiple items in one or more tables
// atomically.
type TransactWriteItem struct {
	ConditionCheck *ConditionCheck
	Delete         *Delete
	Put            *Put
	Update         *Update

	_ struct{}
}

// Update represents a request to perform an UpdateItem operation.
type Update struct {
	Key                                 map[string]AttributeValue
	TableName                           *string
	UpdateExpression                    *string
	ConditionExpression                 *string
	ExpressionAttributeNames            map[string]string
	ExpressionAttributeValues           map[string]AttributeValue
	ReturnValuesOnConditionCheckFailure ReturnValuesOnConditionCheckFailure

	_ struct{}
}

// VectorCapacity is the consumed capacity for vector index operations,
// including vector search request bytes and vector write request bytes.
type VectorCapacity struct {
	VectorSearchRequestBytes *float64
	VectorWriteRequestBytes  *float64

	_ struct{}
}

// WriteRequest represents an operation to perform - either DeleteItem or
// PutItem .
type WriteRequest struct {
	DeleteRequest *DeleteRequest
	PutRequest    *PutRequest

	_ struct{}
}

func (*AttributeValueMemberB) isAttributeValue() {}

func (*AttributeValueMemberBOOL) isAttributeValue() {}

func (*AttributeValueMemberBS) isAttributeValue() {}

func (*AttributeValueMemberL) isAttributeValue() {}

func (*AttributeValueMemberM) isAttributeValue() {}

func (*AttributeValueMemberN) isAttributeValue() {}

func (*AttributeValueMemberNS) isAttributeValue() {}

func (*AttributeValueMemberNULL) isAttributeValue() {}

func (*AttributeValueMemberS) isAttributeValue() {}

func (*AttributeValueMemberSS) isAttributeValue() {}
