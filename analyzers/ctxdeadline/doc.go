// Package ctxdeadline defines an Analyzer that reports invocation-scope
// code that does not pass the handler's context on, and HTTP clients with
// no timeout.
//
// # Analyzer ctxdeadline
//
// ctxdeadline: report calls that ignore the handler's context and HTTP clients with no timeout
//
// A function invocation has a deadline: Lambda kills it at the configured
// timeout, and an HTTP client gives up and cancels its request. The
// handler's context carries that deadline (a Lambda context always has
// one; the context of an *http.Request is cancelled when the client goes
// away). A query, an outgoing request or a sleep that does not take the
// context goes on after the deadline: the invocation is killed in the
// middle of it, the connection is left in an unknown state, and the work
// is billed for nothing. ctxdeadline reports, in invocation scope (a
// handler and everything it reaches, across packages), with the call path
// from the handler:
//
//   - nocontext: a call to a function or method that has a context form:
//     a sibling of the same package or receiver named with a Context or
//     WithContext suffix, taking a context.Context first, then the same
//     arguments, and returning the same results. This covers
//     database/sql (Query, QueryRow, Exec, Prepare, Ping on DB, Tx, Conn
//     and Stmt; Begin as BeginTx(ctx, nil)), sqlx (Get, Select, Queryx,
//     NamedExec, ...; Beginx and MustBegin), http.NewRequest,
//     exec.Command, (*net.Dialer).Dial, the *WithContext methods of
//     aws-sdk-go v1 clients, and the user's own pairs. The suggested fix
//     calls the context form with the handler's ctx. The context forms of
//     log/slog are not reported: they carry the context for tracing,
//     nothing waits on a deadline there.
//   - request: http.Get, Head, Post and PostForm, and the methods of the
//     same names of *http.Client, which build the request themselves and
//     cannot carry a context; the package functions also use
//     http.DefaultClient, which has no timeout. Build the request with
//     http.NewRequestWithContext and send it with Do. No fix is offered:
//     the rewrite needs a new statement and its error handling.
//   - background: context.Background() or context.TODO() in a function
//     whose handler has a context (a context.Context or *http.Request
//     parameter, or a web framework's context). Where the handler's
//     context is in scope (a parameter of the function, or of a function
//     a closure is nested in) the fix replaces the call with it;
//     otherwise the message asks to pass it down. Work that must outlive
//     the invocation should use context.WithoutCancel(ctx), which keeps
//     the context's values. Not reported: a handler with no context
//     (there is nothing to pass on; the calls that need a context are
//     reported on their own), a function literal started with go (work
//     detached on purpose), context.WithTimeout or WithDeadline of
//     context.Background() in a function with no context in scope (a
//     deliberate, bounded context), and the context-free form of a
//     sibling (Load calling LoadContext(context.Background(), ...)),
//     whose callers are reported instead.
//   - sleep: time.Sleep, which waits through the deadline. The fix
//     waits in a select on ctx.Done() and time.After and returns
//     ctx.Err(), when time.Sleep is a statement, the handler's context is
//     in scope and the function returns nothing or an error last with
//     results whose zero values are nil, 0, "" or false. A time.Sleep
//     between the attempts of a retry loop is also reported by
//     retrybackoff (category sleep there), which is about the retry; this
//     check is about the invocation, and reports every time.Sleep in
//     invocation scope.
//   - timeout: an http.Client with no Timeout that sends requests in
//     invocation scope: http.DefaultClient.Do at each call, and a client
//     declared in the package (a package variable or a local, as a
//     literal or a zero value, with no assignment to its Timeout) once,
//     where it is declared, with the path of its first use. A request
//     without a deadline waits on a stalled server until the invocation is
//     killed. On a Lambda handler's path, Do with a request built by
//     http.NewRequestWithContext (or WithContext, Clone) is bounded by the
//     invocation's deadline and is not reported; the context of a net/http
//     request has no deadline, so there the client's Timeout is what
//     bounds the call. Clients built by other functions, held in struct
//     fields or passed as arguments are not followed.
//
// A handler with no context parameter is still reported for these calls
// (the invocation has a deadline all the same), and the message says to
// take a context.Context in the handler first. Context-free forms and
// context forms are not reported from the inside: the context form of a
// function (EventToRequestWithContext) may be built on its context-free
// form and attach the context afterwards, and a context-free form (an
// adapter's Proxy beside ProxyWithContext) exists for callers that have
// no context; what runs beneath them is reported where a handler calls
// the context-free form. For the same reason, a function of a library
// package with a handler's signature and no context, that nothing
// registers (an adapter's Proxy(event)), is not reported: it is the
// library's entry point for callers with no context. context.Background()
// as the default for a nil
// context (if cfg.Ctx == nil { cfg.Ctx = context.Background() }) is not
// reported either.
//
// A helper of another package is reported at the call that reaches it
// from the handler, with the whole chain (handle → store.Load → query);
// the fix is offered only for calls in the package of the handler path.
// Code of the classic OpenFaaS template, which forks a process per
// request, is not reported.
//
// # Examples
//
// This handler queries and calls an API without its context:
//
//	func handle(ctx context.Context, ev events.SQSEvent) error {
//		rows, err := db.Query(`SELECT id FROM jobs WHERE state = $1`, "new") // (*sql.DB).Query ignores the handler's deadline (handle); use QueryContext(ctx, ...)
//		...
//		resp, err := http.Get(hookURL) // http.Get ignores the handler's deadline and has no timeout (handle); ...
//		...
//		time.Sleep(time.Second) // time.Sleep ignores the handler's deadline (handle); wait in a select on ctx.Done() and time.After
//	}
//
// Pass ctx on:
//
//	func handle(ctx context.Context, ev events.SQSEvent) error {
//		rows, err := db.QueryContext(ctx, `SELECT id FROM jobs WHERE state = $1`, "new")
//		...
//		req, err := http.NewRequestWithContext(ctx, http.MethodGet, hookURL, nil)
//		...
//		resp, err := client.Do(req) // var client = &http.Client{Timeout: 5 * time.Second}
//		...
//		select {
//		case <-ctx.Done():
//			return ctx.Err()
//		case <-time.After(time.Second):
//		}
//	}
package ctxdeadline
