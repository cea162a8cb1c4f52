// Package headerkey defines an Analyzer that reports case-sensitive lookups
// in header maps.
//
// # Analyzer headerkey
//
// headerkey: report case-sensitive lookups in header maps
//
// HTTP header names are case-insensitive, but the header maps of the
// aws-lambda-go request events are plain Go maps, and so is http.Header
// when it is indexed directly. A lookup with a fixed key matches only that
// exact spelling:
//
//   - API Gateway v2 (HTTP APIs, events.APIGatewayV2HTTPRequest and the v2
//     authorizer request), Lambda Function URLs
//     (events.LambdaFunctionURLRequest) and ALB
//     (events.ALBTargetGroupRequest, with or without multi-value headers)
//     deliver every header key in lower case. Headers["Authorization"] never matches: the check reports it
//     (category lowercase, an error), with a fix that lower-cases the key.
//   - API Gateway v1 (REST APIs, events.APIGatewayProxyRequest and the
//     request authorizer request) keeps the casing the client sent: curl sends "Authorization", HTTP/2
//     clients send "authorization". Any fixed key in Headers or
//     MultiValueHeaders misses some clients, lower-case keys included
//     (category casing, a warning). There is no mechanical fix: compare the
//     keys with strings.EqualFold, or copy the map into an http.Header with
//     Add (which canonicalises the keys) once, and use Get.
//   - http.Header and textproto.MIMEHeader store canonical keys
//     ("Content-Type"); Get, Values, Set and Del canonicalise the key they
//     are given, a direct index does not. r.Header["content-type"] is
//     always empty (category noncanonical). The fix reads through Values
//     (Get for h["key"][0]), writes h["key"] = []string{v} through Set,
//     deletes through Del, and otherwise spells the key canonically.
//
// Only constant keys are checked, and only maps the check can tie to their
// owner by type: the Headers and MultiValueHeaders fields of the events
// above, read directly or through a local variable, and values of type
// http.Header or textproto.MIMEHeader. Writes into an event's header map
// are not reported (what the code writes is what it reads back), nor are
// the header maps of response events, which the code itself fills.
//
// Writing a non-canonical key into an http.Header directly is how net/http
// documents keeping a non-canonical spelling on an outgoing request. The
// check still reports it, because a reader using Get never sees the value;
// when the spelling is wanted, say so with an ignore directive:
//
//	req.Header["x-api-key"] = []string{key} //fnlint:ignore headerkey the upstream requires this spelling
//
// # Examples
//
// On an API Gateway v2 event the capitalised key is never there:
//
//	func handle(ctx context.Context, ev events.APIGatewayV2HTTPRequest) (events.APIGatewayV2HTTPResponse, error) {
//		token := ev.Headers["Authorization"] // Headers["Authorization"] never matches: API Gateway v2 delivers lower-case header keys; use "authorization"
//		...
//	}
//
// Use the lower-case key:
//
//	token := ev.Headers["authorization"]
//
// On an http.Header, index with canonical keys or use Get:
//
//	ct := r.Header["content-type"] // header key "content-type" is not canonical: the lookup is always empty; use Get or Values
//	ct := r.Header.Values("content-type")
package headerkey
