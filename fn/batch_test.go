package fn_test

import (
	"context"
	"errors"
	"fmt"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/fnlint/fnlint/fn"
)

type item struct {
	ID int `json:"id"`
}

func items(n int) []item {
	out := make([]item, n)
	for i := range out {
		out[i] = item{ID: i + 1}
	}
	return out
}

func itemKey(it item) string { return fmt.Sprint(it.ID) }

func TestProcessBatches(t *testing.T) {
	store := fn.NewMemoryFailedStore()
	var sizes []int
	var progress []fn.Progress
	p, err := fn.ProcessBatches(t.Context(), items(23), fn.BatchOptions[item]{
		Task: "reindex",
		Size: 10,
		Key:  itemKey,
		Process: func(ctx context.Context, batch []item) error {
			sizes = append(sizes, len(batch))
			failed := fn.ItemErrors{}
			for i, it := range batch {
				if it.ID%7 == 0 {
					failed[i] = fmt.Errorf("item %d: conflict", it.ID)
				}
			}
			if len(failed) > 0 {
				return failed
			}
			return nil
		},
		Failed:     store,
		OnProgress: func(ctx context.Context, p fn.Progress) { progress = append(progress, p) },
	})
	require.NoError(t, err)
	assert.Equal(t, []int{10, 10, 3}, sizes)
	assert.Equal(t, fn.Progress{Total: 23, Done: 23, Failed: 3, Batches: 3}, p)
	assert.Equal(t, []fn.Progress{
		{Total: 23, Done: 10, Failed: 1, Batches: 1},
		{Total: 23, Done: 20, Failed: 2, Batches: 2},
		{Total: 23, Done: 23, Failed: 3, Batches: 3},
	}, progress)

	failed, err := store.ListFailed(t.Context(), "reindex", 10)
	require.NoError(t, err)
	var keys []string
	for _, f := range failed {
		keys = append(keys, f.Key)
		assert.Equal(t, "reindex", f.Task)
		assert.JSONEq(t, fmt.Sprintf(`{"id":%s}`, f.Key), string(f.Payload))
		assert.Equal(t, fmt.Sprintf("item %s: conflict", f.Key), f.Error)
		assert.False(t, f.FailedAt.IsZero())
	}
	assert.ElementsMatch(t, []string{"7", "14", "21"}, keys)
}

func TestProcessBatchesWholeBatchFailures(t *testing.T) {
	store := fn.NewMemoryFailedStore()
	calls := 0
	p, err := fn.ProcessBatches(t.Context(), items(6), fn.BatchOptions[item]{
		Task: "export",
		Size: 2,
		Key:  itemKey,
		Process: func(ctx context.Context, batch []item) error {
			calls++
			switch calls {
			case 1:
				return errors.New("timeout")
			case 2:
				panic("bug")
			}
			return nil
		},
		Failed: store,
	})
	require.NoError(t, err)
	assert.Equal(t, fn.Progress{Total: 6, Done: 6, Failed: 4, Batches: 3}, p)
	failed, err := store.ListFailed(t.Context(), "", -1)
	require.NoError(t, err)
	require.Len(t, failed, 4)
	errs := map[string]string{}
	for _, f := range failed {
		errs[f.Key] = f.Error
	}
	assert.Equal(t, map[string]string{"1": "timeout", "2": "timeout", "3": "batch panicked: bug", "4": "batch panicked: bug"}, errs)
}

func TestProcessBatchesWithoutStore(t *testing.T) {
	p, err := fn.ProcessBatches(t.Context(), items(5), fn.BatchOptions[item]{
		Size: 2,
		Process: func(ctx context.Context, batch []item) error {
			if batch[0].ID == 3 {
				return fn.ItemErrors{1: errors.New("item 4 invalid")}
			}
			return nil
		},
	})
	assert.EqualError(t, err, "process batches: 1 of 5 items failed: item 4 invalid")
	assert.Equal(t, 1, p.Failed)

	_, err = fn.ProcessBatches(t.Context(), items(1), fn.BatchOptions[item]{
		Failed:  fn.NewMemoryFailedStore(),
		Process: func(context.Context, []item) error { return nil },
	})
	assert.ErrorContains(t, err, "Key is required")
}

func TestProcessBatchesStopsWithContext(t *testing.T) {
	ctx, cancel := context.WithCancel(t.Context())
	batches := 0
	p, err := fn.ProcessBatches(ctx, items(100), fn.BatchOptions[item]{
		Size: 10,
		Process: func(ctx context.Context, batch []item) error {
			batches++
			if batches == 3 {
				cancel()
			}
			return nil
		},
	})
	assert.ErrorIs(t, err, context.Canceled)
	assert.EqualError(t, err, "process batches: stopped after 30 of 100 items: context canceled")
	assert.Equal(t, fn.Progress{Total: 100, Done: 30, Batches: 3}, p)
}

// brokenStore fails to save.
type brokenStore struct{ *fn.MemoryFailedStore }

func (brokenStore) SaveFailed(context.Context, []fn.FailedItem) error { return errors.New("disk full") }

func TestProcessBatchesStoreFailure(t *testing.T) {
	_, err := fn.ProcessBatches(t.Context(), items(3), fn.BatchOptions[item]{
		Key:     itemKey,
		Failed:  brokenStore{fn.NewMemoryFailedStore()},
		Process: func(context.Context, []item) error { return errors.New("nope") },
	})
	assert.EqualError(t, err, "process batches: save 3 failed items: disk full")
}

func TestMemoryFailedStore(t *testing.T) {
	ctx := t.Context()
	s := fn.NewMemoryFailedStore()
	t0 := time.Date(2024, 1, 1, 0, 0, 0, 0, time.UTC)
	require.NoError(t, s.SaveFailed(ctx, []fn.FailedItem{
		{Task: "a", Key: "2", Error: "x", FailedAt: t0.Add(time.Minute)},
		{Task: "a", Key: "1", Error: "x", FailedAt: t0},
		{Task: "b", Key: "1", Error: "y", FailedAt: t0},
	}))
	require.NoError(t, s.SaveFailed(ctx, []fn.FailedItem{{Task: "a", Key: "1", Error: "again", FailedAt: t0.Add(time.Hour)}}))
	got, err := s.ListFailed(ctx, "a", 10)
	require.NoError(t, err)
	require.Len(t, got, 2)
	assert.Equal(t, "2", got[0].Key, "oldest first")
	assert.Equal(t, "again", got[1].Error, "saving again replaces")
	all, err := s.ListFailed(ctx, "", 1)
	require.NoError(t, err)
	assert.Len(t, all, 1)
	require.NoError(t, s.DeleteFailed(ctx, "a", "1"))
	require.NoError(t, s.DeleteFailed(ctx, "a", "missing"))
	got, err = s.ListFailed(ctx, "a", 10)
	require.NoError(t, err)
	assert.Len(t, got, 1)
}

func TestItemErrors(t *testing.T) {
	e := fn.ItemErrors{3: errors.New("c"), 1: errors.New("a")}
	assert.EqualError(t, e, "2 items failed (first, at 1: a)")
}
