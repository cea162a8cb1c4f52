// Package lambdacontext is a fixture stub of
// github.com/aws/aws-lambda-go/lambdacontext v1.55.1.
package lambdacontext

import "context"

// LogGroupName is the CloudWatch log group of the function.
var LogGroupName string

// LogStreamName is the CloudWatch log stream of the function instance.
var LogStreamName string

// FunctionName is the name of the function.
var FunctionName string

// MemoryLimitInMB is the memory of the function.
var MemoryLimitInMB int

// FunctionVersion is the version of the function.
var FunctionVersion string

// MaxConcurrency returns the per-instance concurrency.
func MaxConcurrency() int { return 1 }

// ClientApplication is metadata about the calling application.
type ClientApplication struct {
	InstallationID string `json:"installation_id"`
	AppTitle       string `json:"app_title"`
	AppVersionCode string `json:"app_version_code"`
	AppPackageName string `json:"app_package_name"`
}

// ClientContext is the client information passed by the caller.
type ClientContext struct {
	Client ClientApplication
	Env    map[string]string `json:"env"`
	Custom map[string]string `json:"custom"`
}

// UnmarshalJSON implements json.Unmarshaler.
func (cc *ClientContext) UnmarshalJSON(data []byte) error { return nil }

// CognitoIdentity is the Cognito identity of the caller.
type CognitoIdentity struct {
	CognitoIdentityID     string
	CognitoIdentityPoolID string
}

// LambdaContext is the metadata passed with every invocation.
type LambdaContext struct {
	AwsRequestID       string
	InvokedFunctionArn string
	Identity           CognitoIdentity
	ClientContext      ClientContext
	TenantID           string `json:",omitempty"`
}

type key struct{}

// NewContext returns a context carrying lc.
func NewContext(parent context.Context, lc *LambdaContext) context.Context {
	return context.WithValue(parent, key{}, lc)
}

// FromContext returns the LambdaContext of ctx, if any.
func FromContext(ctx context.Context) (*LambdaContext, bool) {
	lc, ok := ctx.Value(key{}).(*LambdaContext)
	return lc, ok
}
