package fn

import (
	"cmp"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"log/slog"
	"maps"
	"slices"
	"strconv"
	"sync"
	"time"
)

// A FailedItem is an item that a batch could not process, kept for review.
type FailedItem struct {
	// Task names the task that processed the item.
	Task string `json:"task"`
	// Key identifies the item within the task; with Task, it is unique.
	Key string `json:"key"`
	// Payload is the item as JSON.
	Payload json.RawMessage `json:"payload"`
	// Error is the text of the error, for operators.
	Error string `json:"error"`
	// FailedAt is when the item failed last.
	FailedAt time.Time `json:"failedAt"`
}

// A FailedStore keeps failed items for review. Saving an item again
// replaces it: stores upsert on (Task, Key).
type FailedStore interface {
	// SaveFailed saves items, replacing those with the same task and key.
	SaveFailed(ctx context.Context, items []FailedItem) error
	// ListFailed returns up to limit items of task, oldest first; all
	// tasks when task is "".
	ListFailed(ctx context.Context, task string, limit int) ([]FailedItem, error)
	// DeleteFailed deletes an item once it has been dealt with. Deleting
	// an item that does not exist is not an error.
	DeleteFailed(ctx context.Context, task, key string) error
}

// ItemErrors is the error a batch's Process function returns when some
// items failed: their index in the batch, and why.
type ItemErrors map[int]error

// Error summarises the failures, naming the first one.
func (e ItemErrors) Error() string {
	idx := slices.Sorted(maps.Keys(e))
	msg := fmt.Sprintf("%d items failed", len(e))
	if len(idx) > 0 {
		msg += fmt.Sprintf(" (first, at %d: %v)", idx[0], e[idx[0]])
	}
	return msg
}

// Progress reports how far [ProcessBatches] got.
type Progress struct {
	// Total is the number of items.
	Total int
	// Done counts the items processed, failed ones included.
	Done int
	// Failed counts the items that failed.
	Failed int
	// Batches counts the batches processed.
	Batches int
}

// BatchOptions configures [ProcessBatches].
type BatchOptions[T any] struct {
	// Task names the work, for failed items and logs.
	Task string
	// Size is the number of items per batch; 0 means 25.
	Size int
	// Process processes one batch. It returns nil when every item
	// succeeded, ItemErrors when some failed, and any other error when
	// the whole batch failed.
	Process func(ctx context.Context, batch []T) error
	// Key identifies an item in the failed-item store. Required with
	// Failed.
	Key func(item T) string
	// Failed keeps the items that failed. Without it, ProcessBatches
	// returns an error when any item failed.
	Failed FailedStore
	// OnProgress, if set, is called after every batch.
	OnProgress func(ctx context.Context, p Progress)
}

// ProcessBatches processes items in batches of opts.Size, one batch after
// the other, so that a large run makes steady progress, stops cleanly
// when ctx is done (the deadline of a function) and leaves a record of
// every item that failed.
//
// Failed items go to opts.Failed and do not stop the run. ProcessBatches
// returns an error when ctx is done before the end (the items left are
// not processed and not recorded: run the task again), when the failed
// items cannot be saved, or when items failed and there is no store.
func ProcessBatches[T any](ctx context.Context, items []T, opts BatchOptions[T]) (Progress, error) {
	p := Progress{Total: len(items)}
	if opts.Failed != nil && opts.Key == nil {
		return p, errors.New("process batches: Key is required with a failed-item store")
	}
	size := cmp.Or(max(opts.Size, 0), 25)
	var failures []error
	for batch := range slices.Chunk(items, size) {
		if err := ctx.Err(); err != nil {
			return p, fmt.Errorf("process batches: stopped after %d of %d items: %w", p.Done, p.Total, err)
		}
		failed := processBatch(ctx, opts, batch)
		p.Done += len(batch)
		p.Failed += len(failed)
		p.Batches++
		if len(failed) > 0 {
			if opts.Failed == nil {
				failures = append(failures, errors.New(failed[0].Error))
			} else if err := opts.Failed.SaveFailed(ctx, failed); err != nil {
				return p, fmt.Errorf("process batches: save %d failed items: %w", len(failed), err)
			}
		}
		if opts.OnProgress != nil {
			opts.OnProgress(ctx, p)
		}
		slog.InfoContext(ctx, "batch processed", "task", opts.Task, "batch", p.Batches,
			"done", p.Done, "total", p.Total, "failed", p.Failed)
	}
	if len(failures) > 0 {
		return p, fmt.Errorf("process batches: %d of %d items failed: %w", p.Failed, p.Total, errors.Join(failures...))
	}
	return p, nil
}

// processBatch runs Process on one batch and returns its failed items.
func processBatch[T any](ctx context.Context, opts BatchOptions[T], batch []T) []FailedItem {
	err := callProcess(ctx, opts.Process, batch)
	if err == nil {
		return nil
	}
	var itemErrs ItemErrors
	isItems := errors.As(err, &itemErrs)
	now := time.Now().UTC()
	var failed []FailedItem
	for i, item := range batch {
		ierr := err
		if isItems {
			if ierr = itemErrs[i]; ierr == nil {
				continue
			}
		}
		key := strconv.Itoa(i)
		if opts.Key != nil {
			key = opts.Key(item)
		}
		payload, merr := json.Marshal(item)
		if merr != nil {
			payload, _ = json.Marshal(fmt.Sprint(item))
		}
		failed = append(failed, FailedItem{Task: opts.Task, Key: key, Payload: payload, Error: ierr.Error(), FailedAt: now})
	}
	return failed
}

// callProcess calls process and turns a panic into an error for the whole
// batch.
func callProcess[T any](ctx context.Context, process func(context.Context, []T) error, batch []T) (err error) {
	defer func() {
		if p := recover(); p != nil {
			err = fmt.Errorf("batch panicked: %v", p)
		}
	}()
	return process(ctx, batch)
}

// MemoryFailedStore is a FailedStore in memory, for tests and local runs.
// Use fn/pgstore in production.
type MemoryFailedStore struct {
	mu    sync.Mutex
	items map[[2]string]FailedItem
}

// NewMemoryFailedStore returns an empty store.
func NewMemoryFailedStore() *MemoryFailedStore {
	return &MemoryFailedStore{items: map[[2]string]FailedItem{}}
}

// SaveFailed implements FailedStore.
func (s *MemoryFailedStore) SaveFailed(_ context.Context, items []FailedItem) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	for _, it := range items {
		s.items[[2]string{it.Task, it.Key}] = it
	}
	return nil
}

// ListFailed implements FailedStore.
func (s *MemoryFailedStore) ListFailed(_ context.Context, task string, limit int) ([]FailedItem, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	var out []FailedItem
	for _, it := range s.items {
		if task == "" || it.Task == task {
			out = append(out, it)
		}
	}
	slices.SortFunc(out, func(a, b FailedItem) int {
		return cmp.Or(a.FailedAt.Compare(b.FailedAt), cmp.Compare(a.Task, b.Task), cmp.Compare(a.Key, b.Key))
	})
	if limit >= 0 && len(out) > limit {
		out = out[:limit]
	}
	return out, nil
}

// DeleteFailed implements FailedStore.
func (s *MemoryFailedStore) DeleteFailed(_ context.Context, task, key string) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	delete(s.items, [2]string{task, key})
	return nil
}
