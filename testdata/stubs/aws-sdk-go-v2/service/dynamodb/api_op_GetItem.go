package dynamodb

import (
	"context"

	"github.com/aws/aws-sdk-go-v2/service/dynamodb/types"
)

// GetItemInput is the input of GetItem.
type GetItemInput struct {
	Key                      map[string]types.AttributeValue
	TableName                *string
	AttributesToGet          []string
	ConsistentRead           *bool
	ExpressionAttributeNames map[string]string
	ProjectionExpression     *string
	ReturnConsumedCapacity   types.ReturnConsumedCapacity

	_ struct{}
}

// GetItemOutput is the output of GetItem.
type GetItemOutput struct {
	ConsumedCapacity *types.ConsumedCapacity
	Item             map[string]types.AttributeValue

	_ struct{}
}

// The GetItem operation returns a set of attributes for the item with the
// given primary key.
func (c *Client) GetItem(ctx context.Context, params *GetItemInput, optFns ...func(*Options)) (*GetItemOutput, error) {
	return nil, nil
}
