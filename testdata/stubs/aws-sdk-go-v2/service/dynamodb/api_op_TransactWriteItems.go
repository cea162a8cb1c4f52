package dynamodb

import (
	"context"

	"github.com/aws/aws-sdk-go-v2/service/dynamodb/types"
)

// TransactWriteItemsInput is the input of TransactWriteItems.
type TransactWriteItemsInput struct {
	TransactItems               []types.TransactWriteItem
	ClientRequestToken          *string
	ReturnConsumedCapacity      types.ReturnConsumedCapacity
	ReturnItemCollectionMetrics types.ReturnItemCollectionMetrics

	_ struct{}
}

// TransactWriteItemsOutput is the output of TransactWriteItems.
type TransactWriteItemsOutput struct {
	ConsumedCapacity      []types.ConsumedCapacity
	ItemCollectionMetrics map[string][]types.ItemCollectionMetrics

	_ struct{}
}

// TransactWriteItems is a synchronous write operation that groups up to 100
// action requests.
func (c *Client) TransactWriteItems(ctx context.Context, params *TransactWriteItemsInput, optFns ...func(*Options)) (*TransactWriteItemsOutput, error) {
	return nil, nil
}
