// Package retrybackoff defines an Analyzer that reports retry loops that
// do not back off, are not capped, or wait without honouring the context.
//
// # Analyzer retrybackoff
//
// retrybackoff: report retries with no backoff, no cap, or a wait that ignores ctx
//
// A function that retries a failing call at once, or every second for
// ever, turns one slow dependency into a storm of calls from every
// concurrent invocation, and spends its own time budget waiting: the
// invocation is killed at its deadline with nothing to show for it.
// Retries should wait longer after each failure (exponential backoff, with
// a cap on the wait and some jitter), stop after a few attempts, and stop
// waiting when the invocation's context is done.
//
// A retry loop is a for loop (or a range over an integer) that calls an
// operation returning an error, goes round again when it fails and leaves
// when it succeeds: "if err == nil { return }" with the failure falling
// through, "if err != nil { ...; continue }" followed by a return or a
// break, or "for err != nil { ...; err = op() }". Loops over a collection
// or a channel, pagination (the loop goes on with a token from the
// response and returns on error), polling for a state, trying the elements
// of a list one after the other (op(endpoints[i])) and loops that return
// on the first error are not retries. retrybackoff reports, in every
// function of the package outside _test.go files (tests poll the servers
// they start):
//
//   - nowait: a retry loop that does not wait between attempts. Waits are
//     time.Sleep, receiving from a timer or time.After, a select, and
//     calls to functions that wait (helpers of the package or of other
//     packages of the module, fn.Sleep, rate.Limiter.Wait, and functions
//     of dependencies taking a time.Duration).
//   - constant: a wait whose duration is the same on every attempt: it
//     uses no variable the loop changes and calls nothing but conversions,
//     min and max. A duration computed by a function (a backoff policy,
//     jitter) or from the attempt counter is taken as growing.
//   - uncapped: a retry loop with no attempt cap (a loop condition or an
//     exit comparing a counter, a range over an integer) and no deadline.
//   - sleep: time.Sleep between attempts where a context is at hand (a
//     context.Context variable in scope, or the *http.Request of a
//     handler): the sleep goes on after the deadline. The suggested fix
//     waits in a select on ctx.Done() and returns ctx.Err(), when the
//     function returns nothing or an error last.
//   - library: github.com/cenkalti/backoff/v4 configured to retry for
//     ever: an ExponentialBackOff with MaxElapsedTime 0, or a
//     ConstantBackOff or ZeroBackOff not bounded by WithMaxRetries or
//     WithContext.
//
// A loop bounded by time (its condition, or a condition on which it
// leaves, reads time.Now, time.Since, ctx.Err() or ctx.Done(), or it waits
// in a select on ctx.Done()) polls until a deadline: it has a cap, and
// waiting a constant time there is fine. A growing delay is accepted
// without a cap on the delay when the attempts are capped: with a few
// attempts the delay stays bounded. The fn runtime's fn.Retry is correct
// by construction and is never reported.
//
// # Examples
//
// This loop retries three times in a row, then waits a constant second,
// and sleeps through the deadline:
//
//	for attempt := 0; attempt < 3; attempt++ {
//		if err = publish(ctx, msg); err == nil {
//			return nil
//		}
//		time.Sleep(time.Second) // waits a constant 1s; time.Sleep ignores ctx
//	}
//
// Back off exponentially with a cap, and stop waiting when ctx is done:
//
//	delay := 100 * time.Millisecond
//	for attempt := 0; attempt < 3; attempt++ {
//		if err = publish(ctx, msg); err == nil {
//			return nil
//		}
//		select {
//		case <-ctx.Done():
//			return ctx.Err()
//		case <-time.After(delay):
//		}
//		delay = min(2*delay, 5*time.Second)
//	}
//
// or use fn.Retry(ctx, fn.Backoff{Attempts: 3}, op).
package retrybackoff
