package dynamodb

import (
	"context"

	"github.com/aws/aws-sdk-go-v2/service/dynamodb/types"
)

// ScanInput is the input of Scan.
type ScanInput struct {
	TableName                 *string
	AttributesToGet           []string
	ConditionalOperator       types.ConditionalOperator
	ConsistentRead            *bool
	ExclusiveStartKey         map[string]types.AttributeValue
	ExpressionAttributeNames  map[string]string
	ExpressionAttributeValues map[string]types.AttributeValue
	FilterExpression          *string
	IndexName                 *string
	Limit                     *int32
	ProjectionExpression      *string
	ReturnConsumedCapacity    types.ReturnConsumedCapacity
	ScanFilter                map[string]types.Condition
	Segment                   *int32
	Select                    types.Select
	TotalSegments             *int32

	_ struct{}
}

// ScanOutput is the output of Scan.
type ScanOutput struct {
	ConsumedCapacity *types.ConsumedCapacity
	Count            int32
	Items            []map[string]types.AttributeValue
	LastEvaluatedKey map[string]types.AttributeValue
	ScannedCount     int32

	_ struct{}
}

// The Scan operation returns one or more items and item attributes by
// accessing every item in a table or a secondary index.
func (c *Client) Scan(ctx context.Context, params *ScanInput, optFns ...func(*Options)) (*ScanOutput, error) {
	return nil, nil
}
