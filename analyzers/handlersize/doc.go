// Package handlersize defines an Analyzer that reports function handlers
// over size and complexity thresholds.
//
// # Analyzer handlersize
//
// handlersize: report handlers over size and complexity thresholds
//
// A handler is the entry point of a function: it should read the event,
// call the steps that do the work, and answer. When parsing, validation,
// queries, formatting and error mapping all sit inline in the handler, each
// step can only be tested through a whole invocation, and every new branch
// makes the retry and error paths harder to follow. The handlersize check
// measures every handler of a package (net/http handlers, functions
// registered with aws-lambda-go, functions-framework-go or net/http, method
// values, function literals, response functions of the fn runtime) and
// reports each metric over its threshold, with its value:
//
//   - statements: every statement of the body, nested ones included; blocks,
//     case clauses and the init and post statements of if, for and switch
//     are not counted on their own;
//   - cyclomatic complexity, as gocyclo counts it: 1, plus 1 for each if,
//     for, range, non-default case, non-default select case, && and ||;
//   - nesting: the deepest nesting of if, for, range, switch and select (an
//     else if stays at the level of its if);
//   - lines: the lines of the body that hold code (blank and comment-only
//     lines do not count).
//
// Only handlers are measured: a helper the handler calls is measured on its
// own only when it is itself a handler, which is the point of moving steps
// into helpers. A function literal inside a handler counts toward the
// handler, unless the literal is itself a handler (a handler registered
// from inside another one): it is then measured on its own and left out of
// the outer one. Handlers in generated files are not reported. A handler
// declared in another package of the module and registered here
// (lambda.Start(app.Handle)) is reported at the registration when its own
// package does not know it as a handler; handlers declared in dependencies
// (the ServeHTTP of a third-party router, the entry point of a Lambda
// adapter) are not yours to split and are not reported.
//
// # Examples
//
// This handler parses, validates, queries and formats inline; as it grows,
// handlersize reports it:
//
//	func Handle(w http.ResponseWriter, r *http.Request) { // handler Handle has 64 statements (max 50); move steps into helpers
//		var req orderRequest
//		if err := json.NewDecoder(r.Body).Decode(&req); err != nil {
//			http.Error(w, `{"error":"Invalid JSON"}`, http.StatusBadRequest)
//			return
//		}
//		if req.CustomerID == "" {
//			// ... twenty more checks, each with its own answer
//		}
//		rows, err := db.QueryContext(r.Context(), query, req.CustomerID)
//		// ... scanning, totals, formatting, error mapping
//	}
//
// Move each step into a function of its own and keep the handler a short
// sequence of calls:
//
//	func Handle(w http.ResponseWriter, r *http.Request) {
//		req, err := decodeOrder(r)
//		if err != nil {
//			writeError(w, err)
//			return
//		}
//		orders, err := store.Orders(r.Context(), req.CustomerID)
//		if err != nil {
//			writeError(w, err)
//			return
//		}
//		writeJSON(w, http.StatusOK, summarize(orders))
//	}
//
// # Flags
//
// Request, task and other handlers are held to max-statements (50),
// max-complexity (15), max-nesting (4) and max-lines (80): revive's
// function-length defaults (50 statements), the usual gocyclo threshold
// (over 15), one level less than revive's max-control-nesting (5), since a
// handler that nests deeper is not returning early, and funlen's line count
// of code without comments, a little above its 60 because a handler also
// writes its answer.
//
// Response functions of the fn runtime are stricter, with
// response-max-statements (25), response-max-complexity (8),
// response-max-nesting (3) and response-max-lines (40): they run after
// every request function, may only enhance the response, and must return
// the original response on every failure path, so each branch is one more
// path that has to fall back correctly.
//
// A value of 0 turns the metric off. For example, to allow longer request
// handlers:
//
//	fnlint -handlersize.max-statements=80 -handlersize.max-lines=120 ./...
package handlersize
