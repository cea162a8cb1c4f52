package dynamodb

import (
	"context"

	"github.com/aws/aws-sdk-go-v2/service/dynamodb/types"
)

// BatchWriteItemInput is the input of BatchWriteItem.
type BatchWriteItemInput struct {
	RequestItems                map[string][]types.WriteRequest
	ReturnConsumedCapacity      types.ReturnConsumedCapacity
	ReturnItemCollectionMetrics types.ReturnItemCollectionMetrics

	_ struct{}
}

// BatchWriteItemOutput is the output of BatchWriteItem.
type BatchWriteItemOutput struct {
	ConsumedCapacity      []types.ConsumedCapacity
	ItemCollectionMetrics map[string][]types.ItemCollectionMetrics
	UnprocessedItems      map[string][]types.WriteRequest

	_ struct{}
}

// The BatchWriteItem operation puts or deletes multiple items in one or more
// tables.
func (c *Client) BatchWriteItem(ctx context.Context, params *BatchWriteItemInput, optFns ...func(*Options)) (*BatchWriteItemOutput, error) {
	return nil, nil
}
