// Package errresponse defines an Analyzer that reports HTTP errors
// answered in ways that hurt clients or operators.
//
// # Analyzer errresponse
//
// errresponse: report HTTP errors answered badly
//
// An HTTP function answers every failure itself: with a status the client
// can act on, a body that tells nothing of the internals, a 405 for a
// method it does not serve, and a log line for the operator. The check
// reports five ways of getting that wrong, each with its category:
//
//   - returnerror: an API Gateway (v1 or v2), ALB or Function URL handler
//     on aws-lambda-go that returns an error that may be non-nil. The
//     gateway answers a bare 502 with no body, and the client cannot tell
//     a bad request from an outage. Each return of the handler itself is
//     checked: an error that is the constant nil, that a dominating
//     comparison proves nil, or that comes from a function whose error is
//     always nil (in the package, or in another through a fact) is fine.
//     Authorizers (by their request or, for a REQUEST authorizer that
//     reads its event as a proxy request, by their response) are not
//     reported: returning errors.New("Unauthorized") is how they answer
//     401. Nor are library functions that only have a
//     handler's shape (exported from a package other than main and
//     registered nowhere, like the Proxy methods of an adapter): their
//     callers decide what to answer for their errors.
//   - internalerror: the text of an error (err.Error(), an error formatted
//     with fmt, a map or struct holding it) written to a response body
//     with a 5xx status, a status the check cannot evaluate, or no status
//     at all. Bodies are http.Error, ResponseWriter.Write, fmt.Fprint* and
//     io.WriteString to a ResponseWriter, json.NewEncoder(w).Encode, the
//     Body of the aws-lambda-go response structs and of fn.Response, and
//     the JSON and String methods of gin and echo; the status is the one
//     passed with the body, or of the WriteHeader that dominates the
//     write. Helpers that write a parameter to a body are followed, in the
//     package and across packages. A constant 4xx is not reported: a
//     validation or decoding error is meant for the client.
//   - methodswitch: a switch on the request method (http.Request.Method,
//     the HTTPMethod of API Gateway v1 and ALB events, the
//     RequestContext.HTTP.Method of v2 and Function URL events, fn.Event's
//     Method, directly, through strings.ToUpper or a local variable, or a
//     tagless switch comparing it) naming two methods or more, not only
//     OPTIONS and HEAD, with no default: the other methods get an empty
//     200 or whatever follows. It is not reported when the statements
//     after the switch answer 405, nor when the default mentions 405 or
//     names no error status (a helper answers). A default that answers
//     another 4xx or 5xx is reported with the code it answers.
//   - jsonformat: a JSON body built with fmt.Sprintf, fmt.Fprintf or
//     string concatenation from values that are not escaped. Formatting
//     constants, integers, floats and booleans cannot break the document
//     and is not reported; strings can (a quote in a name ends the
//     string). JSON formatted for a log line is not a body.
//   - unlogged: a 5xx answered in the branch of an err != nil check when
//     the error is never logged. The error counts as logged when it, or a
//     value made from it (err.Error(), fmt.Errorf wrapping, a struct or a
//     map holding it), reaches log, log/slog, zap, logrus or zerolog,
//     fmt.Print*, a fmt.Fprint* to anything but the ResponseWriter, a
//     function of the package or of another package of the module that
//     logs that argument, a function the check cannot see into (a
//     dependency, a function value, an interface method: it may report
//     the error), a channel or memory outside the function, or when the
//     function returns it (its caller has it).
//
// Suggested fixes add a default clause answering 405 with an Allow header
// listing the methods of the switch, for net/http handlers and for
// functions answering an aws-lambda-go response or an fn.Response.
//
// Code in _test.go files (fake servers) is not checked.
//
// Functions written on fnlint's fn runtime return their errors: the
// runtime logs them and answers 500 with a generic body.
//
// # Examples
//
// The handler returns its error, the gateway answers 502, and the
// database's message would reach the client if it did not:
//
//	func handle(ctx context.Context, req events.APIGatewayProxyRequest) (events.APIGatewayProxyResponse, error) {
//		o, err := store.Load(ctx, req.PathParameters["id"])
//		if err != nil {
//			return events.APIGatewayProxyResponse{}, err // handler handle returns a non-nil error: API Gateway answers 502 with no body; ...
//		}
//		...
//	}
//
//	if err := db.Save(ctx, u); err != nil {
//		http.Error(w, err.Error(), http.StatusInternalServerError) // error text sent to the client with status 500; ...
//		return
//	}
//
// Log the error and answer a status and a generic body:
//
//	if err != nil {
//		slog.ErrorContext(ctx, "load order", "err", err)
//		return events.APIGatewayProxyResponse{StatusCode: http.StatusInternalServerError, Body: `{"error":"Internal server error"}`}, nil
//	}
//
// Answer the methods a switch does not serve with 405:
//
//	switch r.Method {
//	case http.MethodGet:
//		list(w, r)
//	case http.MethodPost:
//		create(w, r)
//	default:
//		w.Header().Set("Allow", "GET, POST")
//		http.Error(w, http.StatusText(http.StatusMethodNotAllowed), http.StatusMethodNotAllowed)
//	}
//
// Build JSON bodies with encoding/json:
//
//	fmt.Fprintf(w, `{"id":"%s"}`, id) // JSON response body built by string formatting is not escaped; ...
//	json.NewEncoder(w).Encode(map[string]string{"id": id})
package errresponse
