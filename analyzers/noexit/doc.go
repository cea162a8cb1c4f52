// Package noexit defines an Analyzer that reports exits and panics
// reachable from function handlers.
//
// # Analyzer noexit
//
// noexit: report exits and panics reachable from handlers
//
// A function instance serves invocation after invocation from one process.
// When a handler, or anything it calls, exits the process (os.Exit,
// log.Fatal, the fatal methods of zap, logrus and zerolog) the invocation
// fails with no answer, the next one pays a cold start, and the deferred
// calls that flush logs, traces and buffered writes never run. A panic is
// little better: aws-lambda-go recovers it, reports it as the invocation's
// error and then ends the process, so the next invocation starts cold too;
// net/http recovers it by closing the connection with no response.
// Handlers should return an error (or an error response) instead.
//
// The noexit check reports, in invocation scope (the handler and
// everything it reaches, across packages), calls to:
//
//   - os.Exit; log.Fatal, Fatalf, Fatalln and the same methods of
//     *log.Logger; the Fatal methods of zap's Logger and SugaredLogger,
//     logrus (package functions, Logger, Entry, and Exit) and zerolog
//     (Logger.Fatal and zerolog/log.Fatal): category "exit";
//   - panic, log.Panic, Panicf, Panicln and the Panic methods of the same
//     loggers: category "panic".
//
// Each finding names the path from the handler, e.g.
// "log.Fatalf exits the process (handle → loadConfig → config.Must)". A
// function of another package that exits or panics, directly or through
// its own calls, is reported at the call in the handler's package.
//
// It does not report:
//
//   - init scope: package initialisers, init, main up to the
//     registration, constructors called from there, sync.Once and
//     sync.OnceFunc/OnceValue(s) bodies (failing fast at start is right);
//   - panics that a deferred recover catches: in the function that panics,
//     or in any function on the path from the handler to it;
//   - zap's DPanic, which panics only in development loggers;
//   - code of dependencies outside your module, and tests.
//
// # Examples
//
// The handler ends the process when the store is down:
//
//	func handle(ctx context.Context, ev events.SQSEvent) error {
//		db, err := store.Open(ctx)
//		if err != nil {
//			log.Fatalf("open store: %v", err) // log.Fatalf exits the process (handle); return an error instead
//		}
//		...
//	}
//
// Return the error: the runtime reports it, keeps the instance warm and
// the messages are delivered again:
//
//	func handle(ctx context.Context, ev events.SQSEvent) error {
//		db, err := store.Open(ctx)
//		if err != nil {
//			return fmt.Errorf("open store: %w", err)
//		}
//		...
//	}
//
// # Flags
//
// panics (true) also reports panics; -noexit.panics=false keeps only exits.
package noexit
