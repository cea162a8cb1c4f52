package types

import (
	"time"
)

// Parameter is an Amazon Web Services Systems Manager parameter in Parameter
// Store.
type Parameter struct {
	ARN              *string
	DataType         *string
	LastModifiedDate *time.Time
	Name             *string
	Selector         *string
	SourceResult     *string
	Type             ParameterType
	Value            *string
	Version          int64

	_ struct{}
}
