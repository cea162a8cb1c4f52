package fn

import (
	"context"
	"fmt"
	"log/slog"
	"runtime/debug"
	"sync"
	"time"

	"github.com/fnlint/fnlint/fn/schedule"
)

// RunTask runs a task function and turns a panic into an error. Adapters
// call it; tests can too.
func RunTask(ctx context.Context, h TaskFunc, task *Task) (err error) {
	defer func() {
		if p := recover(); p != nil {
			slog.ErrorContext(ctx, "task function panicked",
				"task", task.Name, "id", task.ID, "panic", p, "stack", string(debug.Stack()))
			err = fmt.Errorf("task %s panicked: %v", task.ID, p)
		}
	}()
	return h(ctx, task)
}

// WithRetry returns a task function that retries h in process with b: it
// suits short transient failures, where waiting for the platform's own
// redelivery would take minutes. h must be idempotent.
func WithRetry(b Backoff, h TaskFunc) TaskFunc {
	return func(ctx context.Context, task *Task) error {
		return Retry(ctx, b, func(ctx context.Context) error {
			return RunTask(ctx, h, task)
		})
	}
}

// A FailureHook is told of a task that failed for the last time: alert
// someone, keep the task for review. It runs with a context that is not
// canceled with the task's.
type FailureHook func(ctx context.Context, task *Task, err error)

// OnFinalFailure returns a task function that calls hook when h fails for
// the last time: at delivery maxAttempts or later (set it to the queue's
// maxReceiveCount), at every failure when maxAttempts is 0, or at once for
// a [Permanent] error. The error of h is returned either way.
func OnFinalFailure(maxAttempts int, hook FailureHook, h TaskFunc) TaskFunc {
	return func(ctx context.Context, task *Task) error {
		err := RunTask(ctx, h, task)
		if err == nil || (maxAttempts > 0 && task.Attempt < maxAttempts && !IsPermanent(err)) {
			return err
		}
		slog.ErrorContext(ctx, "task failed for the last time",
			"task", task.Name, "id", task.ID, "attempt", task.Attempt, "error", err)
		hctx, cancel := context.WithTimeout(context.WithoutCancel(ctx), 10*time.Second)
		defer cancel()
		notify(hctx, hook, task, err)
		return err
	}
}

// notify calls hook and logs its panics: a failing hook must not hide the
// task's error.
func notify(ctx context.Context, hook FailureHook, task *Task, err error) {
	defer func() {
		if p := recover(); p != nil {
			slog.ErrorContext(ctx, "failure hook panicked", "task", task.Name, "id", task.ID, "panic", p)
		}
	}()
	hook(ctx, task, err)
}

// KeepFailed returns a failure hook that saves the failed task in store,
// keyed by its name and ID, with its payload and error, for review. A
// store that fails is logged: the task's own error is what matters.
func KeepFailed(store FailedStore) FailureHook {
	return func(ctx context.Context, task *Task, err error) {
		item := FailedItem{Task: task.Name, Key: task.ID, Payload: task.Payload, Error: err.Error(), FailedAt: time.Now().UTC()}
		if serr := store.SaveFailed(ctx, []FailedItem{item}); serr != nil {
			slog.ErrorContext(ctx, "keep failed task", "task", task.Name, "id", task.ID, "error", serr)
		}
	}
}

// A Scheduler runs task functions on schedules in a long-running process:
// locally, or on a platform without a scheduler of its own. On AWS, use
// EventBridge and fn/lambdafn.Scheduled instead.
//
// Each run gets a Task whose ID is the task's name and its scheduled time,
// "cleanup@2024-03-15T03:00:00Z", stable across retries of that run.
type Scheduler struct {
	jobs []job
}

type job struct {
	name  string
	sched schedule.Schedule
	h     TaskFunc
}

// Add registers h to run on the schedule expression expr (cron(...),
// rate(...) or at(...), in UTC). Call it before Run.
func (s *Scheduler) Add(name, expr string, h TaskFunc) error {
	sched, err := schedule.Parse(expr)
	if err != nil {
		return fmt.Errorf("schedule task %s: %w", name, err)
	}
	s.jobs = append(s.jobs, job{name: name, sched: sched, h: h})
	return nil
}

// Run runs the tasks on their schedules until ctx is done or no schedule
// has a next run. A run that fails is logged; a run that lasts past the
// next scheduled time makes the scheduler skip to the first time after it
// ends.
func (s *Scheduler) Run(ctx context.Context) {
	var wg sync.WaitGroup
	for _, j := range s.jobs {
		wg.Go(func() { s.loop(ctx, j) })
	}
	wg.Wait()
}

func (s *Scheduler) loop(ctx context.Context, j job) {
	last := time.Now()
	for {
		next := j.sched.Next(last)
		if next.IsZero() {
			return
		}
		if err := Sleep(ctx, time.Until(next)); err != nil {
			return
		}
		task := &Task{
			ID:          j.name + "@" + next.UTC().Format(time.RFC3339),
			Name:        j.name,
			Payload:     []byte("{}"),
			Attempt:     1,
			ScheduledAt: next,
		}
		if err := RunTask(ctx, j.h, task); err != nil {
			slog.ErrorContext(ctx, "scheduled task failed", "task", j.name, "id", task.ID, "error", err)
		}
		last = next
		if now := time.Now(); now.After(next) {
			last = now
		}
	}
}
