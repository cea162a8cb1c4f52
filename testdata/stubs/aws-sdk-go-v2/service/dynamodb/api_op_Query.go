package dynamodb

import (
	"context"

	"github.com/aws/aws-sdk-go-v2/service/dynamodb/types"
)

// QueryInput is the input of Query.
type QueryInput struct {
	TableName                 *string
	AttributesToGet           []string
	ConditionalOperator       types.ConditionalOperator
	ConsistentRead            *bool
	ExclusiveStartKey         map[string]types.AttributeValue
	ExpressionAttributeNames  map[string]string
	ExpressionAttributeValues map[string]types.AttributeValue
	FilterExpression          *string
	IndexName                 *string
	KeyConditionExpression    *string
	KeyConditions             map[string]types.Condition
	Limit                     *int32
	ProjectionExpression      *string
	QueryFilter               map[string]types.Condition
	ReturnConsumedCapacity    types.ReturnConsumedCapacity
	ScanIndexForward          *bool
	Select                    types.Select

	_ struct{}
}

// QueryOutput is the output of Query.
type QueryOutput struct {
	ConsumedCapacity *types.ConsumedCapacity
	Count            int32
	Items            []map[string]types.AttributeValue
	LastEvaluatedKey map[string]types.AttributeValue
	ScannedCount     int32

	_ struct{}
}

// Query calls the Query API operation.
func (c *Client) Query(ctx context.Context, params *QueryInput, optFns ...func(*Options)) (*QueryOutput, error) {
	return nil, nil
}
