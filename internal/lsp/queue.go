package lsp

import (
	"context"
	"slices"
	"sync"
)

// A job asks for the analysis of the package in dir, because trigger (a
// file of it) was opened or saved.
type job struct {
	dir     string
	trigger string
}

// A queue runs analyses one at a time, in the order they were asked for.
// Analyses are serialised because the checks' settings are the flags of
// their analyzers, set per run from the configuration file of the
// directory: two runs at once would mix them. A request for a directory
// that is already waiting replaces the waiting one; a request after a
// save for the directory being analysed cancels that analysis, whose
// result is then dropped, and waits its turn.
type queue struct {
	run func(ctx context.Context, j job) // called from the worker only

	mu      sync.Mutex
	pending []job // at most one per directory
	running *job
	cancel  context.CancelFunc // of the running job
	stopped bool
	wake    chan struct{} // has a value when pending may be non-empty
	done    chan struct{} // closed when the worker returns
}

// newQueue starts a queue whose worker calls run.
func newQueue(run func(ctx context.Context, j job)) *queue {
	q := &queue{run: run, wake: make(chan struct{}, 1), done: make(chan struct{})}
	go q.work()
	return q
}

// add asks for j, superseding earlier requests for its directory. If
// the files did not change since those requests (a file was opened, not
// saved), a request for the directory that is waiting or running already
// covers j, which is then dropped.
func (q *queue) add(j job, changed bool) {
	q.mu.Lock()
	defer q.mu.Unlock()
	if q.stopped {
		return
	}
	if !changed && (q.running != nil && q.running.dir == j.dir || slices.ContainsFunc(q.pending, func(p job) bool { return p.dir == j.dir })) {
		return
	}
	replaced := false
	for i := range q.pending {
		if q.pending[i].dir == j.dir {
			q.pending[i], replaced = j, true
		}
	}
	if !replaced {
		q.pending = append(q.pending, j)
	}
	if q.running != nil && q.running.dir == j.dir {
		q.cancel()
	}
	select {
	case q.wake <- struct{}{}:
	default:
	}
}

// superseded reports whether a newer request for j's directory waits, or
// the queue stopped: the result of j is then out of date.
func (q *queue) superseded(j job) bool {
	q.mu.Lock()
	defer q.mu.Unlock()
	if q.stopped {
		return true
	}
	for _, p := range q.pending {
		if p.dir == j.dir {
			return true
		}
	}
	return false
}

// stop drops the waiting requests, cancels the running one and makes the
// worker return; it does not wait for it (see wait).
func (q *queue) stop() {
	q.mu.Lock()
	defer q.mu.Unlock()
	if q.stopped {
		return
	}
	q.stopped = true
	q.pending = nil
	if q.cancel != nil {
		q.cancel()
	}
	close(q.wake)
}

// wait waits for the worker to return, after stop.
func (q *queue) wait() { <-q.done }

func (q *queue) work() {
	defer close(q.done)
	for range q.wake {
		for {
			j, ctx, ok := q.next()
			if !ok {
				break
			}
			q.run(ctx, j)
			q.mu.Lock()
			q.cancel()
			q.running, q.cancel = nil, nil
			q.mu.Unlock()
		}
	}
}

// next takes the first waiting job, or returns false when there is none.
func (q *queue) next() (job, context.Context, bool) {
	q.mu.Lock()
	defer q.mu.Unlock()
	if q.stopped || len(q.pending) == 0 {
		return job{}, nil, false
	}
	j := q.pending[0]
	q.pending = q.pending[1:]
	ctx, cancel := context.WithCancel(context.Background())
	q.running, q.cancel = &j, cancel
	return j, ctx, true
}
