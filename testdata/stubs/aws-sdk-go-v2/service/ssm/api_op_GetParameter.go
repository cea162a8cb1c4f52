package ssm

import (
	"context"

	"github.com/aws/aws-sdk-go-v2/service/ssm/types"
)

// GetParameterInput is the input of GetParameter.
type GetParameterInput struct {
	Name           *string
	WithDecryption *bool

	_ struct{}
}

// GetParameterOutput is the output of GetParameter.
type GetParameterOutput struct {
	Parameter *types.Parameter

	_ struct{}
}

// GetParameter calls the GetParameter API operation.
func (c *Client) GetParameter(ctx context.Context, params *GetParameterInput, optFns ...func(*Options)) (*GetParameterOutput, error) {
	return nil, nil
}
