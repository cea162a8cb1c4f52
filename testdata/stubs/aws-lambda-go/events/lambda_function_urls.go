package events

import (
	"bytes"
	"io"
)

// LambdaFunctionURLRequest mirrors events.LambdaFunctionURLRequest.
type LambdaFunctionURLRequest struct {
	Version               string                          `json:"version"`
	RawPath               string                          `json:"rawPath"`
	RawQueryString        string                          `json:"rawQueryString"`
	Cookies               []string                        `json:"cookies,omitempty"`
	Headers               map[string]string               `json:"headers"`
	QueryStringParameters map[string]string               `json:"queryStringParameters,omitempty"`
	RequestContext        LambdaFunctionURLRequestContext `json:"requestContext"`
	Body                  string                          `json:"body,omitempty"`
	IsBase64Encoded       bool                            `json:"isBase64Encoded"`
}

// LambdaFunctionURLRequestContext mirrors events.LambdaFunctionURLRequestContext.
type LambdaFunctionURLRequestContext struct {
	AccountID    string                                                `json:"accountId"`
	RequestID    string                                                `json:"requestId"`
	Authorizer   *LambdaFunctionURLRequestContextAuthorizerDescription `json:"authorizer,omitempty"`
	APIID        string                                                `json:"apiId"`
	DomainName   string                                                `json:"domainName"`
	DomainPrefix string                                                `json:"domainPrefix"`
	Time         string                                                `json:"time"`
	TimeEpoch    int64                                                 `json:"timeEpoch"`
	HTTP         LambdaFunctionURLRequestContextHTTPDescription        `json:"http"`
}

// LambdaFunctionURLRequestContextAuthorizerDescription mirrors events.LambdaFunctionURLRequestContextAuthorizerDescription.
type LambdaFunctionURLRequestContextAuthorizerDescription struct {
	IAM *LambdaFunctionURLRequestContextAuthorizerIAMDescription `json:"iam,omitempty"`
}

// LambdaFunctionURLRequestContextAuthorizerIAMDescription mirrors events.LambdaFunctionURLRequestContextAuthorizerIAMDescription.
type LambdaFunctionURLRequestContextAuthorizerIAMDescription struct {
	AccessKey string `json:"accessKey"`
	AccountID string `json:"accountId"`
	CallerID  string `json:"callerId"`
	UserARN   string `json:"userArn"`
	UserID    string `json:"userId"`
}

// LambdaFunctionURLRequestContextHTTPDescription mirrors events.LambdaFunctionURLRequestContextHTTPDescription.
type LambdaFunctionURLRequestContextHTTPDescription struct {
	Method    string `json:"method"`
	Path      string `json:"path"`
	Protocol  string `json:"protocol"`
	SourceIP  string `json:"sourceIp"`
	UserAgent string `json:"userAgent"`
}

// LambdaFunctionURLResponse mirrors events.LambdaFunctionURLResponse.
type LambdaFunctionURLResponse struct {
	StatusCode      int               `json:"statusCode"`
	Headers         map[string]string `json:"headers"`
	Body            string            `json:"body"`
	IsBase64Encoded bool              `json:"isBase64Encoded"`
	Cookies         []string          `json:"cookies"`
}

// LambdaFunctionURLStreamingResponse mirrors events.LambdaFunctionURLStreamingResponse.
type LambdaFunctionURLStreamingResponse struct {
	prelude *bytes.Buffer

	StatusCode int
	Headers    map[string]string
	Body       io.Reader
	Cookies    []string
}

// Read mirrors the method of events.LambdaFunctionURLStreamingResponse.
func (r *LambdaFunctionURLStreamingResponse) Read(p []byte) (n int, err error) { return 0, nil }

// Close mirrors the method of events.LambdaFunctionURLStreamingResponse.
func (r *LambdaFunctionURLStreamingResponse) Close() error { return nil }

// MarshalJSON mirrors the method of events.LambdaFunctionURLStreamingResponse.
func (r *LambdaFunctionURLStreamingResponse) MarshalJSON() ([]byte, error) { return nil, nil }

// ContentType mirrors the method of events.LambdaFunctionURLStreamingResponse.
func (r *LambdaFunctionURLStreamingResponse) ContentType() string { return "" }
