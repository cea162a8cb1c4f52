package dynamodb

import (
	"context"

	"github.com/aws/aws-sdk-go-v2/service/dynamodb/types"
)

// TransactGetItemsInput is the input of TransactGetItems.
type TransactGetItemsInput struct {
	TransactItems          []types.TransactGetItem
	ReturnConsumedCapacity types.ReturnConsumedCapacity

	_ struct{}
}

// TransactGetItemsOutput is the output of TransactGetItems.
type TransactGetItemsOutput struct {
	ConsumedCapacity []types.ConsumedCapacity
	Responses        []types.ItemResponse

	_ struct{}
}

// TransactGetItems is a synchronous operation that atomically retrieves
// multiple
func (c *Client) TransactGetItems(ctx context.Context, params *TransactGetItemsInput, optFns ...func(*Options)) (*TransactGetItemsOutput, error) {
	return nil, nil
}
