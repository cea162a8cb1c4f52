// Package lambdafn adapts fn functions to aws-lambda-go: request functions
// to API Gateway REST (v1) and HTTP (v2) API events and to Lambda Function
// URLs, task functions to SQS messages (with partial batch responses) and
// to EventBridge scheduled events.
//
// Register the adapted function in main, after creating the resources it
// shares:
//
//	func main() {
//		pool, err := pgstore.Open(ctx, pgstore.PoolConfig{URL: cfg.DatabaseURL})
//		...
//		lambda.Start(lambdafn.APIGatewayV2(users.New(pool).Routes()))
//	}
//
// HTTP adapters never return an error to Lambda, which API Gateway would
// turn into a bare 502: every error becomes a response through fn.Serve.
package lambdafn

import (
	"context"
	"encoding/base64"
	"errors"
	"net/http"
	"net/url"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/aws/aws-lambda-go/events"

	"github.com/fnlint/fnlint/fn"
)

// An Option configures an HTTP adapter.
type Option func(*options)

type options struct {
	maxBody int64
}

func newOptions(opts []Option) options {
	o := options{maxBody: fn.DefaultMaxBodyBytes}
	for _, opt := range opts {
		opt(&o)
	}
	return o
}

// MaxBodyBytes sets the size limit of request bodies, after base64
// decoding; larger bodies are answered 413. The default is
// fn.DefaultMaxBodyBytes.
func MaxBodyBytes(n int64) Option {
	return func(o *options) { o.maxBody = n }
}

// errBadBase64 answers a body that the platform claims is base64 and is not.
var errBadBase64 = &fn.Error{Status: http.StatusBadRequest, Message: "Invalid request body encoding"}

// serve decodes the body, checks its size and serves the event.
func serve(ctx context.Context, h fn.RequestFunc, o options, ev *fn.Event, body string, isBase64 bool) *fn.Response {
	b, err := decodeBody(body, isBase64)
	switch {
	case err != nil:
		return fn.ErrorResponse(ctx, ev, err)
	case int64(len(b)) > o.maxBody:
		return fn.ErrorResponse(ctx, ev, fn.ErrBodyTooLarge)
	}
	ev.Body = b
	return fn.Serve(ctx, h, ev)
}

func decodeBody(body string, isBase64 bool) ([]byte, error) {
	if !isBase64 {
		return []byte(body), nil
	}
	b, err := base64.StdEncoding.DecodeString(body)
	if err != nil {
		return nil, errors.Join(errBadBase64, err)
	}
	return b, nil
}

// encodeBody returns the body as Lambda wants it: text as is, anything
// else in base64.
func encodeBody(b []byte) (string, bool) {
	if utf8.Valid(b) {
		return string(b), false
	}
	return base64.StdEncoding.EncodeToString(b), true
}

// millis converts milliseconds since the epoch, 0 for none.
func millis(ms int64) time.Time {
	if ms == 0 {
		return time.Time{}
	}
	return time.UnixMilli(ms).UTC()
}

// APIGatewayV1 adapts a request function to API Gateway REST API proxy
// events (payload format 1.0), also sent by ALB-less HTTP APIs configured
// for 1.0.
func APIGatewayV1(h fn.RequestFunc, opts ...Option) func(context.Context, events.APIGatewayProxyRequest) (events.APIGatewayProxyResponse, error) {
	o := newOptions(opts)
	return func(ctx context.Context, req events.APIGatewayProxyRequest) (events.APIGatewayProxyResponse, error) {
		resp := serve(ctx, h, o, eventFromV1(&req), req.Body, req.IsBase64Encoded)
		body, b64 := encodeBody(resp.Body)
		out := events.APIGatewayProxyResponse{StatusCode: resp.Status, Body: body, IsBase64Encoded: b64}
		for k, vs := range resp.Header {
			if len(vs) == 1 {
				if out.Headers == nil {
					out.Headers = map[string]string{}
				}
				out.Headers[k] = vs[0]
			} else if len(vs) > 1 {
				if out.MultiValueHeaders == nil {
					out.MultiValueHeaders = map[string][]string{}
				}
				out.MultiValueHeaders[k] = vs
			}
		}
		return out, nil
	}
}

func eventFromV1(req *events.APIGatewayProxyRequest) *fn.Event {
	header := http.Header{}
	if len(req.MultiValueHeaders) > 0 {
		for k, vs := range req.MultiValueHeaders {
			for _, v := range vs {
				header.Add(k, v)
			}
		}
	} else {
		for k, v := range req.Headers {
			header.Add(k, v)
		}
	}
	query := url.Values{}
	if len(req.MultiValueQueryStringParameters) > 0 {
		for k, vs := range req.MultiValueQueryStringParameters {
			query[k] = append(query[k], vs...)
		}
	} else {
		for k, v := range req.QueryStringParameters {
			query.Set(k, v)
		}
	}
	rc := req.RequestContext
	return &fn.Event{
		Method:     strings.ToUpper(req.HTTPMethod),
		Path:       req.Path,
		Header:     header,
		Query:      query,
		PathParams: req.PathParameters,
		RequestContext: fn.RequestContext{
			RequestID: rc.RequestID,
			SourceIP:  rc.Identity.SourceIP,
			UserAgent: rc.Identity.UserAgent,
			Route:     req.Resource,
			Time:      millis(rc.RequestTimeEpoch),
		},
	}
}

// httpV2 is what API Gateway v2 and Function URL events share.
type httpV2 struct {
	method, rawPath, rawQuery, route string
	headers, query, params           map[string]string
	cookies                          []string
	requestID, sourceIP, userAgent   string
	timeEpoch                        int64
}

func eventFromV2(r httpV2) *fn.Event {
	header := http.Header{}
	for k, v := range r.headers {
		header.Set(k, v) // API Gateway joined repeated headers with commas
	}
	if len(r.cookies) > 0 {
		header.Set("Cookie", strings.Join(r.cookies, "; "))
	}
	query, err := url.ParseQuery(r.rawQuery)
	if err != nil || (len(query) == 0 && len(r.query) > 0) {
		query = url.Values{}
		for k, v := range r.query {
			query.Set(k, v)
		}
	}
	path, err := url.PathUnescape(r.rawPath)
	if err != nil {
		path = r.rawPath
	}
	return &fn.Event{
		Method:     strings.ToUpper(r.method),
		Path:       path,
		Header:     header,
		Query:      query,
		PathParams: r.params,
		RequestContext: fn.RequestContext{
			RequestID: r.requestID,
			SourceIP:  r.sourceIP,
			UserAgent: r.userAgent,
			Route:     r.route,
			Time:      millis(r.timeEpoch),
		},
	}
}

// headersV2 flattens response headers for payload format 2.0: repeated
// headers joined with commas, Set-Cookie moved to the cookies.
func headersV2(h http.Header) (map[string]string, []string) {
	out := make(map[string]string, len(h))
	var cookies []string
	for k, vs := range h {
		if http.CanonicalHeaderKey(k) == "Set-Cookie" {
			cookies = append(cookies, vs...)
			continue
		}
		out[k] = strings.Join(vs, ", ")
	}
	return out, cookies
}

// APIGatewayV2 adapts a request function to API Gateway HTTP API events
// (payload format 2.0).
func APIGatewayV2(h fn.RequestFunc, opts ...Option) func(context.Context, events.APIGatewayV2HTTPRequest) (events.APIGatewayV2HTTPResponse, error) {
	o := newOptions(opts)
	return func(ctx context.Context, req events.APIGatewayV2HTTPRequest) (events.APIGatewayV2HTTPResponse, error) {
		rc := req.RequestContext
		ev := eventFromV2(httpV2{
			method: rc.HTTP.Method, rawPath: req.RawPath, rawQuery: req.RawQueryString, route: req.RouteKey,
			headers: req.Headers, query: req.QueryStringParameters, params: req.PathParameters, cookies: req.Cookies,
			requestID: rc.RequestID, sourceIP: rc.HTTP.SourceIP, userAgent: rc.HTTP.UserAgent, timeEpoch: rc.TimeEpoch,
		})
		resp := serve(ctx, h, o, ev, req.Body, req.IsBase64Encoded)
		body, b64 := encodeBody(resp.Body)
		headers, cookies := headersV2(resp.Header)
		return events.APIGatewayV2HTTPResponse{StatusCode: resp.Status, Headers: headers, Cookies: cookies, Body: body, IsBase64Encoded: b64}, nil
	}
}

// FunctionURL adapts a request function to Lambda Function URL requests
// (in the default BUFFERED invoke mode).
func FunctionURL(h fn.RequestFunc, opts ...Option) func(context.Context, events.LambdaFunctionURLRequest) (events.LambdaFunctionURLResponse, error) {
	o := newOptions(opts)
	return func(ctx context.Context, req events.LambdaFunctionURLRequest) (events.LambdaFunctionURLResponse, error) {
		rc := req.RequestContext
		ev := eventFromV2(httpV2{
			method: rc.HTTP.Method, rawPath: req.RawPath, rawQuery: req.RawQueryString,
			headers: req.Headers, query: req.QueryStringParameters, cookies: req.Cookies,
			requestID: rc.RequestID, sourceIP: rc.HTTP.SourceIP, userAgent: rc.HTTP.UserAgent, timeEpoch: rc.TimeEpoch,
		})
		resp := serve(ctx, h, o, ev, req.Body, req.IsBase64Encoded)
		body, b64 := encodeBody(resp.Body)
		headers, cookies := headersV2(resp.Header)
		return events.LambdaFunctionURLResponse{StatusCode: resp.Status, Headers: headers, Cookies: cookies, Body: body, IsBase64Encoded: b64}, nil
	}
}
