// Package fn is fnlint's reference runtime: a small library for writing
// function code (AWS Lambda, Cloud Functions, net/http deployed as a
// function) the way fnlint's checks ask for it.
//
// A function is one of three handler types:
//
//   - a [RequestFunc] answers an HTTP request, given as an [Event], with a
//     [Response];
//   - a [ResponseFunc] enhances the response of a request function, and
//     [Enhance] applies it only where it matches and keeps the original
//     response when it fails;
//   - a [TaskFunc] runs a [Task]: a scheduled run, a queue message.
//
// Request functions return errors instead of writing error responses:
// [Serve] maps a [*ValidationError] to 400 with its details, an [*Error] to
// its status, invalid JSON to 400, and anything else to a 500 that carries
// the request id while the error itself goes to log/slog only.
//
// Tasks are made safe under retries with [WithIdempotency] (an
// [IdempotencyStore] remembers the keys of completed tasks), [WithRetry]
// (capped exponential backoff with jitter that honours the context) and
// [OnFinalFailure]; [ProcessBatches] works through many items in small
// batches, reporting progress and keeping failed items in a [FailedStore]
// for review.
//
// Adapters connect functions to platforms: fn/lambdafn to aws-lambda-go
// events, fn/httpfn to net/http. Resources such as database pools are
// created once per cold start, in main before the function is registered,
// and shared by every invocation; fn/pgstore opens a PostgreSQL pool sized
// for functions.
package fn
