package dynamodb

import (
	"context"

	"github.com/aws/aws-sdk-go-v2/service/dynamodb/types"
)

// PutItemInput is the input of PutItem.
type PutItemInput struct {
	Item                                map[string]types.AttributeValue
	TableName                           *string
	ConditionExpression                 *string
	ConditionalOperator                 types.ConditionalOperator
	Expected                            map[string]types.ExpectedAttributeValue
	ExpressionAttributeNames            map[string]string
	ExpressionAttributeValues           map[string]types.AttributeValue
	ReturnConsumedCapacity              types.ReturnConsumedCapacity
	ReturnItemCollectionMetrics         types.ReturnItemCollectionMetrics
	ReturnValues                        types.ReturnValue
	ReturnValuesOnConditionCheckFailure types.ReturnValuesOnConditionCheckFailure

	_ struct{}
}

// PutItemOutput is the output of PutItem.
type PutItemOutput struct {
	Attributes            map[string]types.AttributeValue
	ConsumedCapacity      *types.ConsumedCapacity
	ItemCollectionMetrics *types.ItemCollectionMetrics

	_ struct{}
}

// PutItem creates a new item, or replaces an old item with a new item.
func (c *Client) PutItem(ctx context.Context, params *PutItemInput, optFns ...func(*Options)) (*PutItemOutput, error) {
	return nil, nil
}
