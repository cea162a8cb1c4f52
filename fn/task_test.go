package fn_test

import (
	"context"
	"errors"
	"sync"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/fnlint/fnlint/fn"
)

func TestRunTask(t *testing.T) {
	err := fn.RunTask(t.Context(), func(ctx context.Context, task *fn.Task) error { panic("boom") }, &fn.Task{ID: "t1"})
	assert.EqualError(t, err, "task t1 panicked: boom")
	assert.NoError(t, fn.RunTask(t.Context(), func(ctx context.Context, task *fn.Task) error { return nil }, &fn.Task{}))
}

func TestWithRetry(t *testing.T) {
	calls := 0
	h := fn.WithRetry(fast, func(ctx context.Context, task *fn.Task) error {
		calls++
		if calls == 2 {
			return nil
		}
		panic("transient")
	})
	require.NoError(t, h(t.Context(), &fn.Task{ID: "t"}))
	assert.Equal(t, 2, calls)
}

// hookRecorder records the calls of a failure hook.
type hookRecorder struct {
	mu      sync.Mutex
	calls   []string
	ctxErrs []error
}

func (r *hookRecorder) hook(ctx context.Context, task *fn.Task, err error) {
	r.mu.Lock()
	defer r.mu.Unlock()
	r.ctxErrs = append(r.ctxErrs, ctx.Err())
	r.calls = append(r.calls, task.ID+": "+err.Error())
}

func TestOnFinalFailure(t *testing.T) {
	cause := errors.New("downstream 503")
	failing := func(ctx context.Context, task *fn.Task) error { return cause }
	tests := []struct {
		name        string
		maxAttempts int
		attempt     int
		h           fn.TaskFunc
		hooked      bool
	}{
		{"before the last delivery", 5, 4, failing, false},
		{"last delivery", 5, 5, failing, true},
		{"past the last delivery", 5, 7, failing, true},
		{"every failure is final", 0, 1, failing, true},
		{"permanent error", 5, 1, func(ctx context.Context, task *fn.Task) error { return fn.Permanent(cause) }, true},
		{"success", 5, 5, func(ctx context.Context, task *fn.Task) error { return nil }, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			rec := &hookRecorder{}
			h := fn.OnFinalFailure(tt.maxAttempts, rec.hook, tt.h)
			err := h(t.Context(), &fn.Task{ID: "m1", Attempt: tt.attempt})
			if tt.name == "success" {
				require.NoError(t, err)
			} else {
				assert.ErrorIs(t, err, cause)
			}
			if tt.hooked {
				assert.Equal(t, []string{"m1: downstream 503"}, rec.calls)
			} else {
				assert.Empty(t, rec.calls)
			}
		})
	}
	t.Run("canceled context", func(t *testing.T) {
		rec := &hookRecorder{}
		ctx, cancel := context.WithCancel(t.Context())
		cancel()
		err := fn.OnFinalFailure(1, rec.hook, failing)(ctx, &fn.Task{ID: "m2", Attempt: 1})
		assert.ErrorIs(t, err, cause)
		assert.Len(t, rec.calls, 1)
		assert.Equal(t, []error{nil}, rec.ctxErrs, "the hook's context is live")
	})
	t.Run("hook panics", func(t *testing.T) {
		bad := func(context.Context, *fn.Task, error) { panic("hook bug") }
		err := fn.OnFinalFailure(1, bad, failing)(t.Context(), &fn.Task{ID: "m3", Attempt: 1})
		assert.ErrorIs(t, err, cause)
	})
}

func TestScheduler(t *testing.T) {
	var s fn.Scheduler
	require.ErrorContains(t, s.Add("bad", "rate(1 minutes)", nil), "schedule task bad: invalid schedule expression")

	at := time.Now().UTC().Add(1100 * time.Millisecond).Truncate(time.Second)
	expr := "at(" + at.Format("2006-01-02T15:04:05") + ")"
	got := make(chan *fn.Task, 2)
	require.NoError(t, s.Add("once", expr, func(ctx context.Context, task *fn.Task) error {
		got <- task
		return errors.New("logged, not fatal")
	}))
	require.NoError(t, s.Add("daily", "cron(0 3 * * ? *)", func(ctx context.Context, task *fn.Task) error {
		t.Error("the daily task must not run")
		return nil
	}))
	ctx, cancel := context.WithTimeout(t.Context(), 10*time.Second)
	defer cancel()
	done := make(chan struct{})
	go func() {
		s.Run(ctx)
		close(done)
	}()
	select {
	case task := <-got:
		assert.Equal(t, "once", task.Name)
		assert.Equal(t, "once@"+at.Format(time.RFC3339), task.ID)
		assert.Equal(t, at, task.ScheduledAt.UTC())
		assert.Equal(t, 1, task.Attempt)
		assert.JSONEq(t, `{}`, string(task.Payload))
	case <-ctx.Done():
		t.Fatal("the task did not run")
	}
	cancel()
	<-done
}

func TestKeepFailed(t *testing.T) {
	store := fn.NewMemoryFailedStore()
	task := &fn.Task{ID: "m1", Name: "orders", Payload: []byte(`{"order":1}`)}
	fn.KeepFailed(store)(t.Context(), task, errors.New("declined"))
	fn.KeepFailed(store)(t.Context(), task, errors.New("declined again"))
	items, err := store.ListFailed(t.Context(), "orders", 10)
	require.NoError(t, err)
	require.Len(t, items, 1)
	assert.Equal(t, "m1", items[0].Key)
	assert.Equal(t, "declined again", items[0].Error)
	assert.JSONEq(t, `{"order":1}`, string(items[0].Payload))
	assert.WithinDuration(t, time.Now(), items[0].FailedAt, time.Minute)

	logs := captureLogs(t)
	assert.NotPanics(t, func() { fn.KeepFailed(downStore{})(t.Context(), task, errors.New("x")) })
	assert.Contains(t, logs.String(), "keep failed task")
}

// downStore fails to save.
type downStore struct{ fn.FailedStore }

func (downStore) SaveFailed(context.Context, []fn.FailedItem) error { return errors.New("store down") }
