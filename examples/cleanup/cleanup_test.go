package cleanup_test

import (
	"context"
	"log/slog"
	"os"
	"testing"
	"time"

	"github.com/aws/aws-lambda-go/events"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/fnlint/fnlint/examples/cleanup"
	"github.com/fnlint/fnlint/examples/users"
	"github.com/fnlint/fnlint/fn"
	"github.com/fnlint/fnlint/fn/lambdafn"
	"github.com/fnlint/fnlint/fn/pgstore"
	"github.com/fnlint/fnlint/fn/pgstore/pgtest"
	"github.com/fnlint/fnlint/fn/schedule"
)

func TestMain(m *testing.M) {
	slog.SetDefault(slog.New(slog.DiscardHandler))
	os.Exit(m.Run())
}

// run is the scheduled time of the run under test.
var run = time.Date(2024, 3, 15, 3, 0, 0, 0, time.UTC)

func TestSchedule(t *testing.T) {
	s, err := schedule.Parse(cleanup.Schedule)
	require.NoError(t, err)
	assert.Equal(t, run, s.Next(run.Add(-time.Hour)))
	assert.Equal(t, run.AddDate(0, 0, 1), s.Next(run))
}

func TestRunNeedsScheduledTime(t *testing.T) {
	err := cleanup.New(nil, fn.NewMemoryFailedStore(), time.Hour).Run(t.Context(), &fn.Task{ID: "x"})
	assert.True(t, fn.IsPermanent(err))
}

// setup creates the tables and users deleted at various times.
func setup(t *testing.T) (*cleanup.Task, *pgstore.FailedStore, func() []string) {
	t.Helper()
	pool := pgtest.Pool(t)
	pgtest.Exec(t, pool, users.Schema)
	require.NoError(t, pgstore.Migrate(t.Context(), pool))
	add := func(email string, deleted *time.Time) {
		pgtest.Exec(t, pool, "INSERT INTO users (email, name, deleted_at) VALUES ($1, 'x', $2)", email, deleted)
	}
	at := func(d time.Duration) *time.Time { x := run.Add(-d); return &x }
	add("old@example.com", at(40*24*time.Hour))
	add("older@example.com", at(400*24*time.Hour))
	add("recent@example.com", at(10*24*time.Hour))
	add("live@example.com", nil)
	add("locked@example.com", at(40*24*time.Hour))
	// A trigger keeps one row, as if the user had been restored while the
	// batch ran.
	pgtest.Exec(t, pool, `
CREATE FUNCTION keep_locked() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
	IF OLD.email = 'locked@example.com' THEN RETURN NULL; END IF;
	RETURN OLD;
END $$;
CREATE TRIGGER keep_locked BEFORE DELETE ON users FOR EACH ROW EXECUTE FUNCTION keep_locked();`)
	remaining := func() []string {
		rows, err := pool.Query(t.Context(), "SELECT email FROM users ORDER BY email")
		require.NoError(t, err)
		defer rows.Close()
		var emails []string
		for rows.Next() {
			var e string
			require.NoError(t, rows.Scan(&e))
			emails = append(emails, e)
		}
		require.NoError(t, rows.Err())
		return emails
	}
	failed := pgstore.NewFailedStore(pool)
	return cleanup.New(pool, failed, 30*24*time.Hour), failed, remaining
}

func TestRun(t *testing.T) {
	task, failed, remaining := setup(t)
	r := &fn.Task{ID: "cleanup@2024-03-15T03:00:00Z", Name: cleanup.Name, ScheduledAt: run, Attempt: 1}
	require.NoError(t, task.Run(t.Context(), r))
	assert.Equal(t, []string{"live@example.com", "locked@example.com", "recent@example.com"}, remaining())

	items, err := failed.ListFailed(t.Context(), cleanup.Name, 10)
	require.NoError(t, err)
	require.Len(t, items, 1, "the user that could not be purged is kept for review")
	assert.Equal(t, "user not purged: restored or already gone", items[0].Error)

	// A retry of the same run changes nothing.
	require.NoError(t, task.Run(t.Context(), r))
	assert.Equal(t, []string{"live@example.com", "locked@example.com", "recent@example.com"}, remaining())
	items, err = failed.ListFailed(t.Context(), cleanup.Name, 10)
	require.NoError(t, err)
	assert.Len(t, items, 1, "failed items are upserted, not duplicated")
}

// TestScheduledEvent runs the task as EventBridge invokes it.
func TestScheduledEvent(t *testing.T) {
	task, _, remaining := setup(t)
	h := lambdafn.Scheduled(task.Run)
	require.NoError(t, h(context.Background(), events.EventBridgeEvent{
		ID:         "c0ffee",
		DetailType: "Scheduled Event",
		Source:     "aws.events",
		Time:       run.Add(-20 * 24 * time.Hour),
		Resources:  []string{"arn:aws:events:eu-west-1:123456789012:rule/cleanup"},
	}))
	assert.Equal(t, []string{"live@example.com", "locked@example.com", "old@example.com", "recent@example.com"},
		remaining(), "the cutoff follows the scheduled time: 20 days earlier, only the oldest user goes")
}
