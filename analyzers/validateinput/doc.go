// Package validateinput defines an Analyzer that reports request input used
// with no validation, decode errors ignored or answered as server errors,
// and request bodies read with no size limit.
//
// # Analyzer validateinput
//
// validateinput: report request input that reaches a sink unvalidated
//
// A function's input is whatever its caller sent: a body that decodes into
// any shape, query strings, path parameters, headers, form values, message
// bodies. Checking it once, at the edge, and answering 400 when it is
// wrong keeps the rest of the code simple and keeps bad values out of
// queries, files, commands and other services. The validateinput check
// follows input through each function (SSA, with summaries of the helpers
// it calls, across packages through facts) and reports:
//
//   - unvalidated: input, or a value decoded from it, or a field of one,
//     that reaches a sink with no validation on the way. Sinks are the
//     arguments after the query of database/sql, pgx and sqlx calls; the
//     params struct of any method of an aws-sdk-go-v2 service *Client; the
//     URL of an outgoing request (http.Get, http.Post, (*http.Client).Do of
//     a request built with http.NewRequest); file paths (os.Open, ReadFile,
//     WriteFile, Create, Remove, Mkdir, http.ServeFile...); the arguments
//     of exec.Command; the URL of http.Redirect; conversions to
//     html/template.HTML or JS, which turn off escaping;
//   - decode-error: the error of json.Unmarshal, (*json.Decoder).Decode,
//     their xml twins, fn.DecodeJSON, fn.Bind, (*fn.Task).Decode or a
//     helper that decodes request input, ignored. For a task handler (SQS,
//     SNS, EventBridge), which has no client to answer 400 to, the
//     messages say to reject the record instead;
//   - decode-5xx: that error answered with a 5xx status (http.Error,
//     WriteHeader, fn.JSON, fn.Text, the StatusCode of an aws-lambda-go
//     response, the Status of fn.Error): a body that does not decode is the
//     client's mistake, answered 400. A suggested fix turns a literal or a
//     net/http constant into 400;
//   - body-limit: io.ReadAll(r.Body) or json.NewDecoder(r.Body) in a
//     net/http or Cloud Functions handler with no r.Body =
//     http.MaxBytesReader(...) before, so a client can send gigabytes. A
//     suggested fix inserts one, limited to -max-body-bytes.
//
// Input is read from the event of a handler, wherever it is passed: the
// Body, Headers, MultiValueHeaders, QueryStringParameters, PathParameters
// and path of API Gateway (v1, v2, WebSocket), ALB and Function URL
// requests; the Body of SQS messages, the Message and Subject of SNS, the
// Data of Kinesis records, the Detail of EventBridge events; the Body,
// Header, Form and URL of an *http.Request and what r.URL.Query(),
// FormValue, PostFormValue, PathValue, Cookie and Header.Get return; the
// Body, Header, Query, PathParams and PathParam of an *fn.Event and the
// Payload of an *fn.Task. A lookup with a constant key names it: path
// parameter "id". Input flows through string functions, path joins,
// conversions, struct fields, decoding and the readers that wrap a body
// (http.MaxBytesReader, io.LimitReader, bufio.NewReader), not through
// parsing into numbers or UUIDs: a value that parsed is checked.
//
// Input counts as validated at a sink when, on every path to the sink, it
// went through:
//
//   - an if on it, on one of its fields, or on a function of them
//     (strings.HasPrefix, a regexp, an allow-list lookup, len) one of
//     whose branches returns, answers or continues with the next record
//     without reaching the sink; a switch with a default that answers 400
//     is such an if, and so is an if on what ifs on the input collected
//     (if len(problems) > 0, after problems = append(problems, ...) under
//     an if on a field; a count of the faults);
//   - such an if on the result of a validator called on it: a method named
//     in -validate-methods (Validate, Valid, IsValid) with no parameters
//     returning error or bool, a function of -validator-funcs
//     (go-playground/validator's Struct and Var by default), or a helper
//     of any package that validates its parameter: it returns an error or
//     a bool, and checks the parameter with an if one of whose branches
//     cannot reach a successful return, or calls a validator on it;
//   - fn.Bind, which decodes and validates.
//
// A check on any field of a decoded value counts for the whole value:
// the check cannot tell which fields matter, and stays quiet when unsure.
//
// Reflecting input in a response is not reported: JSON encoders escape
// it, and a response that echoes a name is not a vulnerability. Only the
// two ways a response does harm are sinks: a redirect to a URL the client
// chose (an open redirect) and a conversion to template.HTML or
// template.JS, which writes raw markup. Lambda events are not checked for
// body limits: the service caps them at 6 MB. A package that calls
// http.MaxBytesHandler, or limits bodies in a middleware, is not checked
// for body limits either. Code in _test.go files (tests reading the
// requests a fake server recorded, the handlers of httptest servers) is
// never deployed and is not checked.
//
// # Examples
//
// The decoded request reaches the query unchecked, and a body that does
// not decode is answered as a server error:
//
//	func createOrder(ctx context.Context, ev events.APIGatewayProxyRequest) (events.APIGatewayProxyResponse, error) {
//		var o order
//		if err := json.Unmarshal([]byte(ev.Body), &o); err != nil {
//			return events.APIGatewayProxyResponse{StatusCode: 500}, nil // error of json.Unmarshal answered with 500; ... answer 400
//		}
//		_, err := db.ExecContext(ctx, insertOrder, o.Customer, o.Quantity) // request body decoded into o reaches SQL arguments of sql.(*DB).ExecContext unvalidated; ...
//		...
//	}
//
// Answer 400 for a body that does not decode, and check the fields before
// using them:
//
//	func createOrder(ctx context.Context, ev events.APIGatewayProxyRequest) (events.APIGatewayProxyResponse, error) {
//		var o order
//		if err := json.Unmarshal([]byte(ev.Body), &o); err != nil {
//			return events.APIGatewayProxyResponse{StatusCode: http.StatusBadRequest}, nil
//		}
//		if err := o.Validate(); err != nil {
//			return events.APIGatewayProxyResponse{StatusCode: http.StatusBadRequest, Body: err.Error()}, nil
//		}
//		_, err := db.ExecContext(ctx, insertOrder, o.Customer, o.Quantity)
//		...
//	}
//
// In a net/http handler, limit the body before reading it:
//
//	r.Body = http.MaxBytesReader(w, r.Body, 1<<20)
//	if err := json.NewDecoder(r.Body).Decode(&h); err != nil {
//		http.Error(w, "invalid JSON", http.StatusBadRequest)
//		return
//	}
//
// # Flags
//
// -validate-methods (Validate,Valid,IsValid) names the methods that
// validate their receiver; -validator-funcs lists, by full name
// ("(*github.com/go-playground/validator/v10.Validate).Struct"), the
// functions that validate their arguments, for validation libraries the
// check does not know; -max-body-bytes (1<<20) is the limit the suggested
// fix gives http.MaxBytesReader. For example:
//
//	fnlint -validateinput.validate-methods=Validate,Check ./...
package validateinput
