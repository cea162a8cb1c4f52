package events

import (
	"bytes"
	"io"
)

// APIGatewayProxyRequest mirrors events.APIGatewayProxyRequest.
type APIGatewayProxyRequest struct {
	Resource                        string                        `json:"resource"`
	Path                            string                        `json:"path"`
	HTTPMethod                      string                        `json:"httpMethod"`
	Headers                         map[string]string             `json:"headers"`
	MultiValueHeaders               map[string][]string           `json:"multiValueHeaders"`
	QueryStringParameters           map[string]string             `json:"queryStringParameters"`
	MultiValueQueryStringParameters map[string][]string           `json:"multiValueQueryStringParameters"`
	PathParameters                  map[string]string             `json:"pathParameters"`
	StageVariables                  map[string]string             `json:"stageVariables"`
	RequestContext                  APIGatewayProxyRequestContext `json:"requestContext"`
	Body                            string                        `json:"body"`
	IsBase64Encoded                 bool                          `json:"isBase64Encoded,omitempty"`
}

// APIGatewayProxyResponse mirrors events.APIGatewayProxyResponse.
type APIGatewayProxyResponse struct {
	StatusCode        int                 `json:"statusCode"`
	Headers           map[string]string   `json:"headers"`
	MultiValueHeaders map[string][]string `json:"multiValueHeaders"`
	Body              string              `json:"body"`
	IsBase64Encoded   bool                `json:"isBase64Encoded,omitempty"`
}

// APIGatewayProxyStreamingResponse mirrors events.APIGatewayProxyStreamingResponse.
type APIGatewayProxyStreamingResponse struct {
	prelude *bytes.Buffer

	StatusCode        int
	Headers           map[string]string
	MultiValueHeaders map[string][]string
	Body              io.Reader
	Cookies           []string
}

// Read mirrors the method of events.APIGatewayProxyStreamingResponse.
func (r *APIGatewayProxyStreamingResponse) Read(p []byte) (n int, err error) { return 0, nil }

// Close mirrors the method of events.APIGatewayProxyStreamingResponse.
func (r *APIGatewayProxyStreamingResponse) Close() error { return nil }

// MarshalJSON mirrors the method of events.APIGatewayProxyStreamingResponse.
func (r *APIGatewayProxyStreamingResponse) MarshalJSON() ([]byte, error) { return nil, nil }

// ContentType mirrors the method of events.APIGatewayProxyStreamingResponse.
func (r *APIGatewayProxyStreamingResponse) ContentType() string { return "" }

// APIGatewayProxyRequestContext mirrors events.APIGatewayProxyRequestContext.
type APIGatewayProxyRequestContext struct {
	AccountID         string                    `json:"accountId"`
	ResourceID        string                    `json:"resourceId"`
	OperationName     string                    `json:"operationName,omitempty"`
	Stage             string                    `json:"stage"`
	DomainName        string                    `json:"domainName"`
	DomainPrefix      string                    `json:"domainPrefix"`
	RequestID         string                    `json:"requestId"`
	ExtendedRequestID string                    `json:"extendedRequestId"`
	Protocol          string                    `json:"protocol"`
	Identity          APIGatewayRequestIdentity `json:"identity"`
	ResourcePath      string                    `json:"resourcePath"`
	Path              string                    `json:"path"`
	Authorizer        map[string]interface{}    `json:"authorizer"`
	HTTPMethod        string                    `json:"httpMethod"`
	RequestTime       string                    `json:"requestTime"`
	RequestTimeEpoch  int64                     `json:"requestTimeEpoch"`
	APIID             string                    `json:"apiId"`
}

// APIGatewayV2HTTPRequest mirrors events.APIGatewayV2HTTPRequest.
type APIGatewayV2HTTPRequest struct {
	Version               string                         `json:"version"`
	RouteKey              string                         `json:"routeKey"`
	RawPath               string                         `json:"rawPath"`
	RawQueryString        string                         `json:"rawQueryString"`
	Cookies               []string                       `json:"cookies,omitempty"`
	Headers               map[string]string              `json:"headers"`
	QueryStringParameters map[string]string              `json:"queryStringParameters,omitempty"`
	PathParameters        map[string]string              `json:"pathParameters,omitempty"`
	RequestContext        APIGatewayV2HTTPRequestContext `json:"requestContext"`
	StageVariables        map[string]string              `json:"stageVariables,omitempty"`
	Body                  string                         `json:"body,omitempty"`
	IsBase64Encoded       bool                           `json:"isBase64Encoded"`
}

// APIGatewayV2HTTPRequestContext mirrors events.APIGatewayV2HTTPRequestContext.
type APIGatewayV2HTTPRequestContext struct {
	RouteKey       string                                               `json:"routeKey"`
	AccountID      string                                               `json:"accountId"`
	Stage          string                                               `json:"stage"`
	RequestID      string                                               `json:"requestId"`
	Authorizer     *APIGatewayV2HTTPRequestContextAuthorizerDescription `json:"authorizer,omitempty"`
	APIID          string                                               `json:"apiId"`
	DomainName     string                                               `json:"domainName"`
	DomainPrefix   string                                               `json:"domainPrefix"`
	Time           string                                               `json:"time"`
	TimeEpoch      int64                                                `json:"timeEpoch"`
	HTTP           APIGatewayV2HTTPRequestContextHTTPDescription        `json:"http"`
	Authentication APIGatewayV2HTTPRequestContextAuthentication         `json:"authentication,omitempty"`
}

// APIGatewayV2HTTPRequestContextAuthorizerDescription mirrors events.APIGatewayV2HTTPRequestContextAuthorizerDescription.
type APIGatewayV2HTTPRequestContextAuthorizerDescription struct {
	JWT    *APIGatewayV2HTTPRequestContextAuthorizerJWTDescription `json:"jwt,omitempty"`
	Lambda map[string]interface{}                                  `json:"lambda,omitempty"`
	IAM    *APIGatewayV2HTTPRequestContextAuthorizerIAMDescription `json:"iam,omitempty"`
}

// APIGatewayV2HTTPRequestContextAuthorizerJWTDescription mirrors events.APIGatewayV2HTTPRequestContextAuthorizerJWTDescription.
type APIGatewayV2HTTPRequestContextAuthorizerJWTDescription struct {
	Claims map[string]string `json:"claims"`
	Scopes []string          `json:"scopes,omitempty"`
}

// APIGatewayV2HTTPRequestContextAuthorizerIAMDescription mirrors events.APIGatewayV2HTTPRequestContextAuthorizerIAMDescription.
type APIGatewayV2HTTPRequestContextAuthorizerIAMDescription struct {
	AccessKey       string                                                  `json:"accessKey"`
	AccountID       string                                                  `json:"accountId"`
	CallerID        string                                                  `json:"callerId"`
	CognitoIdentity APIGatewayV2HTTPRequestContextAuthorizerCognitoIdentity `json:"cognitoIdentity,omitempty"`
	PrincipalOrgID  string                                                  `json:"principalOrgId"`
	UserARN         string                                                  `json:"userArn"`
	UserID          string                                                  `json:"userId"`
}

// APIGatewayV2HTTPRequestContextAuthorizerCognitoIdentity mirrors events.APIGatewayV2HTTPRequestContextAuthorizerCognitoIdentity.
type APIGatewayV2HTTPRequestContextAuthorizerCognitoIdentity struct {
	AMR            []string `json:"amr"`
	IdentityID     string   `json:"identityId"`
	IdentityPoolID string   `json:"identityPoolId"`
}

// APIGatewayV2HTTPRequestContextHTTPDescription mirrors events.APIGatewayV2HTTPRequestContextHTTPDescription.
type APIGatewayV2HTTPRequestContextHTTPDescription struct {
	Method    string `json:"method"`
	Path      string `json:"path"`
	Protocol  string `json:"protocol"`
	SourceIP  string `json:"sourceIp"`
	UserAgent string `json:"userAgent"`
}

// APIGatewayV2HTTPResponse mirrors events.APIGatewayV2HTTPResponse.
type APIGatewayV2HTTPResponse struct {
	StatusCode        int                 `json:"statusCode"`
	Headers           map[string]string   `json:"headers"`
	MultiValueHeaders map[string][]string `json:"multiValueHeaders"`
	Body              string              `json:"body"`
	IsBase64Encoded   bool                `json:"isBase64Encoded,omitempty"`
	Cookies           []string            `json:"cookies"`
}

// APIGatewayRequestIdentity mirrors events.APIGatewayRequestIdentity.
type APIGatewayRequestIdentity struct {
	CognitoIdentityPoolID         string                                                          `json:"cognitoIdentityPoolId,omitempty"`
	AccountID                     string                                                          `json:"accountId,omitempty"`
	CognitoIdentityID             string                                                          `json:"cognitoIdentityId,omitempty"`
	Caller                        string                                                          `json:"caller,omitempty"`
	APIKey                        string                                                          `json:"apiKey,omitempty"`
	APIKeyID                      string                                                          `json:"apiKeyId,omitempty"`
	AccessKey                     string                                                          `json:"accessKey,omitempty"`
	SourceIP                      string                                                          `json:"sourceIp"`
	CognitoAuthenticationType     string                                                          `json:"cognitoAuthenticationType,omitempty"`
	CognitoAuthenticationProvider string                                                          `json:"cognitoAuthenticationProvider,omitempty"`
	UserArn                       string                                                          `json:"userArn,omitempty"`
	UserAgent                     string                                                          `json:"userAgent"`
	User                          string                                                          `json:"user,omitempty"`
	ClientCert                    *APIGatewayCustomAuthorizerRequestTypeRequestIdentityClientCert `json:"clientCert,omitempty"`
}

// APIGatewayWebsocketProxyRequest mirrors events.APIGatewayWebsocketProxyRequest.
type APIGatewayWebsocketProxyRequest struct {
	Resource                        string                                 `json:"resource,omitempty"`
	Path                            string                                 `json:"path,omitempty"`
	HTTPMethod                      string                                 `json:"httpMethod,omitempty"`
	Headers                         map[string]string                      `json:"headers,omitempty"`
	MultiValueHeaders               map[string][]string                    `json:"multiValueHeaders,omitempty"`
	QueryStringParameters           map[string]string                      `json:"queryStringParameters,omitempty"`
	MultiValueQueryStringParameters map[string][]string                    `json:"multiValueQueryStringParameters,omitempty"`
	PathParameters                  map[string]string                      `json:"pathParameters,omitempty"`
	StageVariables                  map[string]string                      `json:"stageVariables,omitempty"`
	RequestContext                  APIGatewayWebsocketProxyRequestContext `json:"requestContext"`
	Body                            string                                 `json:"body,omitempty"`
	IsBase64Encoded                 bool                                   `json:"isBase64Encoded"`
}

// APIGatewayWebsocketProxyRequestContext mirrors events.APIGatewayWebsocketProxyRequestContext.
type APIGatewayWebsocketProxyRequestContext struct {
	AccountID            string                    `json:"accountId,omitempty"`
	ResourceID           string                    `json:"resourceId,omitempty"`
	Stage                string                    `json:"stage"`
	RequestID            string                    `json:"requestId"`
	Identity             APIGatewayRequestIdentity `json:"identity"`
	ResourcePath         string                    `json:"resourcePath,omitempty"`
	Authorizer           interface{}               `json:"authorizer,omitempty"`
	HTTPMethod           string                    `json:"httpMethod,omitempty"`
	APIID                string                    `json:"apiId"`
	ConnectedAt          int64                     `json:"connectedAt"`
	ConnectionID         string                    `json:"connectionId"`
	DomainName           string                    `json:"domainName"`
	Error                string                    `json:"error,omitempty"`
	EventType            string                    `json:"eventType"`
	ExtendedRequestID    string                    `json:"extendedRequestId"`
	IntegrationLatency   string                    `json:"integrationLatency,omitempty"`
	MessageDirection     string                    `json:"messageDirection"`
	MessageID            interface{}               `json:"messageId,omitempty"`
	RequestTime          string                    `json:"requestTime"`
	RequestTimeEpoch     int64                     `json:"requestTimeEpoch"`
	RouteKey             string                    `json:"routeKey"`
	Status               string                    `json:"status,omitempty"`
	DisconnectStatusCode int64                     `json:"disconnectStatusCode,omitempty"`
	DisconnectReason     *string                   `json:"disconnectReason,omitempty"`
}

// APIGatewayCustomAuthorizerRequestTypeRequestIdentity mirrors events.APIGatewayCustomAuthorizerRequestTypeRequestIdentity.
type APIGatewayCustomAuthorizerRequestTypeRequestIdentity struct {
	APIKey     string                                                         `json:"apiKey"`
	SourceIP   string                                                         `json:"sourceIp"`
	ClientCert APIGatewayCustomAuthorizerRequestTypeRequestIdentityClientCert `json:"clientCert"`
}

// APIGatewayCustomAuthorizerRequestTypeRequestIdentityClientCert mirrors events.APIGatewayCustomAuthorizerRequestTypeRequestIdentityClientCert.
type APIGatewayCustomAuthorizerRequestTypeRequestIdentityClientCert struct {
	ClientCertPem string                                                                 `json:"clientCertPem"`
	IssuerDN      string                                                                 `json:"issuerDN"`
	SerialNumber  string                                                                 `json:"serialNumber"`
	SubjectDN     string                                                                 `json:"subjectDN"`
	Validity      APIGatewayCustomAuthorizerRequestTypeRequestIdentityClientCertValidity `json:"validity"`
}

// APIGatewayCustomAuthorizerRequestTypeRequestIdentityClientCertValidity mirrors events.APIGatewayCustomAuthorizerRequestTypeRequestIdentityClientCertValidity.
type APIGatewayCustomAuthorizerRequestTypeRequestIdentityClientCertValidity struct {
	NotAfter  string `json:"notAfter"`
	NotBefore string `json:"notBefore"`
}

// APIGatewayV2HTTPRequestContextAuthentication mirrors events.APIGatewayV2HTTPRequestContextAuthentication.
type APIGatewayV2HTTPRequestContextAuthentication struct {
	ClientCert APIGatewayV2HTTPRequestContextAuthenticationClientCert `json:"clientCert"`
}

// APIGatewayV2HTTPRequestContextAuthenticationClientCert mirrors events.APIGatewayV2HTTPRequestContextAuthenticationClientCert.
type APIGatewayV2HTTPRequestContextAuthenticationClientCert struct {
	ClientCertPem string                                                         `json:"clientCertPem"`
	IssuerDN      string                                                         `json:"issuerDN"`
	SerialNumber  string                                                         `json:"serialNumber"`
	SubjectDN     string                                                         `json:"subjectDN"`
	Validity      APIGatewayV2HTTPRequestContextAuthenticationClientCertValidity `json:"validity"`
}

// APIGatewayV2HTTPRequestContextAuthenticationClientCertValidity mirrors events.APIGatewayV2HTTPRequestContextAuthenticationClientCertValidity.
type APIGatewayV2HTTPRequestContextAuthenticationClientCertValidity struct {
	NotAfter  string `json:"notAfter"`
	NotBefore string `json:"notBefore"`
}

// APIGatewayV2CustomAuthorizerV1RequestTypeRequestContext mirrors events.APIGatewayV2CustomAuthorizerV1RequestTypeRequestContext.
type APIGatewayV2CustomAuthorizerV1RequestTypeRequestContext struct {
	Path         string                                               `json:"path"`
	AccountID    string                                               `json:"accountId"`
	ResourceID   string                                               `json:"resourceId"`
	Stage        string                                               `json:"stage"`
	RequestID    string                                               `json:"requestId"`
	Identity     APIGatewayCustomAuthorizerRequestTypeRequestIdentity `json:"identity"`
	ResourcePath string                                               `json:"resourcePath"`
	HTTPMethod   string                                               `json:"httpMethod"`
	APIID        string                                               `json:"apiId"`
}

// APIGatewayV2CustomAuthorizerV1Request mirrors events.APIGatewayV2CustomAuthorizerV1Request.
type APIGatewayV2CustomAuthorizerV1Request struct {
	Version               string                                                  `json:"version"`
	Type                  string                                                  `json:"type"`
	MethodArn             string                                                  `json:"methodArn"`
	IdentitySource        string                                                  `json:"identitySource"`
	AuthorizationToken    string                                                  `json:"authorizationToken"`
	Resource              string                                                  `json:"resource"`
	Path                  string                                                  `json:"path"`
	HTTPMethod            string                                                  `json:"httpMethod"`
	Headers               map[string]string                                       `json:"headers"`
	QueryStringParameters map[string]string                                       `json:"queryStringParameters"`
	PathParameters        map[string]string                                       `json:"pathParameters"`
	StageVariables        map[string]string                                       `json:"stageVariables"`
	RequestContext        APIGatewayV2CustomAuthorizerV1RequestTypeRequestContext `json:"requestContext"`
}

// APIGatewayV2CustomAuthorizerV2Request mirrors events.APIGatewayV2CustomAuthorizerV2Request.
type APIGatewayV2CustomAuthorizerV2Request struct {
	Version               string                         `json:"version"`
	Type                  string                         `json:"type"`
	RouteArn              string                         `json:"routeArn"`
	IdentitySource        []string                       `json:"identitySource"`
	RouteKey              string                         `json:"routeKey"`
	RawPath               string                         `json:"rawPath"`
	RawQueryString        string                         `json:"rawQueryString"`
	Cookies               []string                       `json:"cookies"`
	Headers               map[string]string              `json:"headers"`
	QueryStringParameters map[string]string              `json:"queryStringParameters"`
	RequestContext        APIGatewayV2HTTPRequestContext `json:"requestContext"`
	PathParameters        map[string]string              `json:"pathParameters"`
	StageVariables        map[string]string              `json:"stageVariables"`
}

// APIGatewayCustomAuthorizerContext mirrors events.APIGatewayCustomAuthorizerContext.
type APIGatewayCustomAuthorizerContext struct {
	PrincipalID *string `json:"principalId"`
	StringKey   *string `json:"stringKey,omitempty"`
	NumKey      *int    `json:"numKey,omitempty"`
	BoolKey     *bool   `json:"boolKey,omitempty"`
}

// APIGatewayCustomAuthorizerRequestTypeRequestContext mirrors events.APIGatewayCustomAuthorizerRequestTypeRequestContext.
type APIGatewayCustomAuthorizerRequestTypeRequestContext struct {
	Path         string                                               `json:"path"`
	AccountID    string                                               `json:"accountId"`
	ResourceID   string                                               `json:"resourceId"`
	Stage        string                                               `json:"stage"`
	RequestID    string                                               `json:"requestId"`
	Identity     APIGatewayCustomAuthorizerRequestTypeRequestIdentity `json:"identity"`
	ResourcePath string                                               `json:"resourcePath"`
	HTTPMethod   string                                               `json:"httpMethod"`
	APIID        string                                               `json:"apiId"`
}

// APIGatewayCustomAuthorizerRequest mirrors events.APIGatewayCustomAuthorizerRequest.
type APIGatewayCustomAuthorizerRequest struct {
	Type               string `json:"type"`
	AuthorizationToken string `json:"authorizationToken"`
	MethodArn          string `json:"methodArn"`
}

// APIGatewayCustomAuthorizerRequestTypeRequest mirrors events.APIGatewayCustomAuthorizerRequestTypeRequest.
type APIGatewayCustomAuthorizerRequestTypeRequest struct {
	Type                            string                                              `json:"type"`
	MethodArn                       string                                              `json:"methodArn"`
	Resource                        string                                              `json:"resource"`
	Path                            string                                              `json:"path"`
	HTTPMethod                      string                                              `json:"httpMethod"`
	Headers                         map[string]string                                   `json:"headers"`
	MultiValueHeaders               map[string][]string                                 `json:"multiValueHeaders"`
	QueryStringParameters           map[string]string                                   `json:"queryStringParameters"`
	MultiValueQueryStringParameters map[string][]string                                 `json:"multiValueQueryStringParameters"`
	PathParameters                  map[string]string                                   `json:"pathParameters"`
	StageVariables                  map[string]string                                   `json:"stageVariables"`
	RequestContext                  APIGatewayCustomAuthorizerRequestTypeRequestContext `json:"requestContext"`
}

// APIGatewayCustomAuthorizerResponse mirrors events.APIGatewayCustomAuthorizerResponse.
type APIGatewayCustomAuthorizerResponse struct {
	PrincipalID        string                           `json:"principalId"`
	PolicyDocument     APIGatewayCustomAuthorizerPolicy `json:"policyDocument"`
	Context            map[string]interface{}           `json:"context,omitempty"`
	UsageIdentifierKey string                           `json:"usageIdentifierKey,omitempty"`
}

// APIGatewayV2CustomAuthorizerSimpleResponse mirrors events.APIGatewayV2CustomAuthorizerSimpleResponse.
type APIGatewayV2CustomAuthorizerSimpleResponse struct {
	IsAuthorized bool                   `json:"isAuthorized"`
	Context      map[string]interface{} `json:"context,omitempty"`
}

// APIGatewayCustomAuthorizerPolicy mirrors events.APIGatewayCustomAuthorizerPolicy.
type APIGatewayCustomAuthorizerPolicy IAMPolicyDocument

// APIGatewayV2CustomAuthorizerIAMPolicyResponse mirrors events.APIGatewayV2CustomAuthorizerIAMPolicyResponse.
type APIGatewayV2CustomAuthorizerIAMPolicyResponse struct {
	PrincipalID    string                           `json:"principalId"`
	PolicyDocument APIGatewayCustomAuthorizerPolicy `json:"policyDocument"`
	Context        map[string]interface{}           `json:"context,omitempty"`
}
