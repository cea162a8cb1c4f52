package dynamodb

import (
	"context"

	"github.com/aws/aws-sdk-go-v2/service/dynamodb/types"
)

// UpdateItemInput is the input of UpdateItem.
type UpdateItemInput struct {
	Key                                 map[string]types.AttributeValue
	TableName                           *string
	AttributeUpdates                    map[string]types.AttributeValueUpdate
	ConditionExpression                 *string
	ConditionalOperator                 types.ConditionalOperator
	Expected                            map[string]types.ExpectedAttributeValue
	ExpressionAttributeNames            map[string]string
	ExpressionAttributeValues           map[string]types.AttributeValue
	ReturnConsumedCapacity              types.ReturnConsumedCapacity
	ReturnItemCollectionMetrics         types.ReturnItemCollectionMetrics
	ReturnValues                        types.ReturnValue
	ReturnValuesOnConditionCheckFailure types.ReturnValuesOnConditionCheckFailure
	UpdateExpression                    *string

	_ struct{}
}

// UpdateItemOutput is the output of UpdateItem.
type UpdateItemOutput struct {
	Attributes            map[string]types.AttributeValue
	ConsumedCapacity      *types.ConsumedCapacity
	ItemCollectionMetrics *types.ItemCollectionMetrics

	_ struct{}
}

// UpdateItem edits an existing item's attributes, or adds a new item to the
// table if it does not already exist.
func (c *Client) UpdateItem(ctx context.Context, params *UpdateItemInput, optFns ...func(*Options)) (*UpdateItemOutput, error) {
	return nil, nil
}
