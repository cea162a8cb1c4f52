package secretsmanager

import (
	"context"
	"time"
)

// GetSecretValueInput is the input of GetSecretValue.
type GetSecretValueInput struct {
	SecretId     *string
	VersionId    *string
	VersionStage *string

	_ struct{}
}

// GetSecretValueOutput is the output of GetSecretValue.
type GetSecretValueOutput struct {
	ARN           *string
	CreatedDate   *time.Time
	Name          *string
	SecretBinary  []byte
	SecretString  *string
	VersionId     *string
	VersionStages []string

	_ struct{}
}

// GetSecretValue retrieves the contents of the encrypted fields SecretString
// or SecretBinary from the specified version of a secret, whichever contains
// content.
func (c *Client) GetSecretValue(ctx context.Context, params *GetSecretValueInput, optFns ...func(*Options)) (*GetSecretValueOutput, error) {
	return nil, nil
}
