// Package sharedstate defines an Analyzer that reports package variables
// written on every invocation.
//
// # Analyzer sharedstate
//
// sharedstate: report package variables written on every invocation
//
// Package variables live as long as the instance: every invocation a warm
// instance serves sees what the previous ones left there, and on platforms
// that serve several invocations at once (net/http, Cloud Functions gen2
// with concurrency, the fn runtime behind net/http) they see each other's
// writes while they happen. The sharedstate check reports writes to
// package variables, their fields and elements, and the maps and slices
// they hold, in invocation scope: in a handler or in a function it
// reaches, in this package or, through facts, in another package of the
// module. Each finding names the call path from the handler. Four kinds
// of write are told apart, each with its category:
//
//   - lazyinit: a variable set under a check that finds it unset,
//     if client == nil { client = ... } or if !loaded { ...; loaded = true },
//     without sync.Once. Two concurrent first invocations both initialise,
//     and one of them may read a half-written value. AWS Lambda runs one
//     invocation at a time per execution environment, so there the pattern
//     is safe and not reported.
//   - requestdata: a value derived from the handler's event, request,
//     context or response writer (through locals, struct literals, decoding,
//     calls and helpers of the package) stored into a package variable,
//     or used as a key or value of a package map. The next invocation,
//     maybe another user's, sees it: reported on every platform.
//   - grows: append to a package slice stored back into it, or a map
//     insert with a non-constant key, when the package never trims that
//     variable (no delete or clear, no reslicing, no reset in invocation
//     scope, no comparison of its len). Memory grows with every invocation
//     until the instance is recycled: reported on every platform.
//   - write: any other write, such as a counter. A data race where
//     invocations run concurrently; not reported for AWS Lambda handlers.
//
// Not reported: writes with a sync.Mutex or sync.RWMutex held (a Lock
// call dominates the write with no Unlock in between, or every call of the
// unexported helper that writes holds one), atomic operations and the
// types of sync/atomic, sync.Map, bodies of sync.Once.Do, sync.OnceFunc,
// OnceValue and OnceValues, writes in init scope (package initialisation,
// init, main, constructors called from main), handlers of the classic
// OpenFaaS template, which forks a process per request, and writes to
// fields of the handler's receiver or of values that are not package
// variables. A write a handler reaches by calling a function of another
// package of the module is reported at that call, unless a lock is held
// there.
//
// # Examples
//
// This handler initialises its client lazily, counts requests and keeps
// the last caller in package variables:
//
//	var (
//		client   *s3.Client
//		requests int
//		lastUser string
//	)
//
//	func Handle(w http.ResponseWriter, r *http.Request) {
//		if client == nil {
//			client = s3.NewFromConfig(cfg) // lazy initialisation of client without sync.Once races when invocations run concurrently (Handle); use sync.OnceValue or initialise it at init
//		}
//		requests++                              // package variable requests is written on every invocation without synchronisation, ...
//		lastUser = r.Header.Get("X-User") // request data is kept in package variable lastUser and leaks into later invocations (Handle); keep it in a local variable
//		// ...
//	}
//
// Initialise once, count atomically, keep request data local:
//
//	var (
//		getClient = sync.OnceValue(func() *s3.Client { return s3.NewFromConfig(cfg) })
//		requests  atomic.Int64
//	)
//
//	func Handle(w http.ResponseWriter, r *http.Request) {
//		client := getClient()
//		requests.Add(1)
//		user := r.Header.Get("X-User")
//		// ...
//	}
//
// A cache keyed by request data grows without end unless something
// trims it:
//
//	var seen = map[string]time.Time{}
//
//	func Handle(ctx context.Context, ev events.SQSEvent) error {
//		for _, m := range ev.Records {
//			seen[m.MessageId] = time.Now() // request data is kept in package variable seen ...
//		}
//		return nil
//	}
//
// Use a bounded cache (an LRU, entries deleted when they expire) behind a
// mutex, or an external store for deduplication.
package sharedstate
