package sqsconsumer_test

import (
	"encoding/json"
	"log/slog"
	"os"
	"strconv"
	"testing"
	"time"

	"github.com/aws/aws-lambda-go/events"
	"github.com/jackc/pgx/v5/pgxpool"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/fnlint/fnlint/examples/sqsconsumer"
	"github.com/fnlint/fnlint/fn"
	"github.com/fnlint/fnlint/fn/lambdafn"
	"github.com/fnlint/fnlint/fn/pgstore/pgtest"
)

func TestMain(m *testing.M) {
	slog.SetDefault(slog.New(slog.DiscardHandler))
	os.Exit(m.Run())
}

var at = time.Date(2024, 3, 15, 12, 0, 0, 0, time.UTC)

func message(id, body string, receiveCount int) events.SQSMessage {
	return events.SQSMessage{
		MessageId:      id,
		Body:           body,
		EventSourceARN: "arn:aws:sqs:eu-west-1:123456789012:orders",
		Attributes:     map[string]string{"ApproximateReceiveCount": strconv.Itoa(receiveCount), "SentTimestamp": "1710504000000"},
	}
}

func orderEvent(id, status string, version int64) string {
	b, _ := json.Marshal(sqsconsumer.Event{OrderID: id, Status: status, Version: version, At: at})
	return string(b)
}

func TestValidate(t *testing.T) {
	e := sqsconsumer.Event{OrderID: "", Status: "lost", Version: 0}
	err := e.Validate()
	var verr *fn.ValidationError
	require.ErrorAs(t, err, &verr)
	assert.Len(t, verr.Details, 4)
	ok := sqsconsumer.Event{OrderID: "o-1", Status: "paid", Version: 1, At: at}
	assert.NoError(t, ok.Validate())
}

// TestUnreachableDatabase needs no server: the pool points nowhere.
func TestUnreachableDatabase(t *testing.T) {
	pool, err := pgxpool.New(t.Context(), "postgres://u@127.0.0.1:1/none?sslmode=disable&connect_timeout=1")
	require.NoError(t, err)
	defer pool.Close()
	failed := fn.NewMemoryFailedStore()
	h := lambdafn.SQS(sqsconsumer.New(pool).Task(fn.NewMemoryIdempotencyStore(), failed))

	resp, err := h(t.Context(), events.SQSEvent{Records: []events.SQSMessage{
		message("m1", orderEvent("o-1", "paid", 2), 1),
		message("m2", orderEvent("o-2", "paid", 2), sqsconsumer.MaxReceiveCount),
	}})
	require.NoError(t, err)
	assert.Equal(t, []events.SQSBatchItemFailure{{ItemIdentifier: "m1"}, {ItemIdentifier: "m2"}}, resp.BatchItemFailures)
	items, err := failed.ListFailed(t.Context(), "orders", 10)
	require.NoError(t, err)
	require.Len(t, items, 1, "only the last delivery's failure is recorded")
	assert.Equal(t, "m2", items[0].Key)
	assert.Contains(t, items[0].Error, "after 3 attempts")
}

func newConsumer(t *testing.T) (*pgxpool.Pool, *sqsconsumer.Consumer) {
	pool := pgtest.Pool(t)
	pgtest.Exec(t, pool, sqsconsumer.Schema)
	return pool, sqsconsumer.New(pool)
}

func order(t *testing.T, pool *pgxpool.Pool, id string) (string, int64) {
	var status string
	var version int64
	require.NoError(t, pool.QueryRow(t.Context(), "SELECT status, version FROM orders WHERE id = $1", id).Scan(&status, &version))
	return status, version
}

func TestApplyIsIdempotent(t *testing.T) {
	pool, c := newConsumer(t)
	apply := func(status string, version int64) {
		require.NoError(t, c.Apply(t.Context(), &fn.Task{ID: "x", Payload: json.RawMessage(orderEvent("o-1", status, version))}))
	}
	apply("created", 1)
	apply("shipped", 3)
	apply("paid", 2) // late
	apply("shipped", 3)
	status, version := order(t, pool, "o-1")
	assert.Equal(t, "shipped", status)
	assert.Equal(t, int64(3), version)
}

func TestSQSBatch(t *testing.T) {
	pool, c := newConsumer(t)
	failed := fn.NewMemoryFailedStore()
	h := lambdafn.SQS(c.Task(fn.NewMemoryIdempotencyStore(), failed))
	resp, err := h(t.Context(), events.SQSEvent{Records: []events.SQSMessage{
		message("m1", orderEvent("o-1", "paid", 2), 1),
		message("m2", `{"orderId":`, 1),
		message("m3", orderEvent("o-2", "teleported", 1), 1),
		message("m1", orderEvent("o-1", "paid", 2), 2), // duplicate delivery
		message("m4", orderEvent("o-3", "created", 1), 1),
	}})
	require.NoError(t, err)
	assert.Equal(t, []events.SQSBatchItemFailure{{ItemIdentifier: "m2"}, {ItemIdentifier: "m3"}}, resp.BatchItemFailures)

	status, _ := order(t, pool, "o-1")
	assert.Equal(t, "paid", status)
	status, _ = order(t, pool, "o-3")
	assert.Equal(t, "created", status)

	items, err := failed.ListFailed(t.Context(), "orders", 10)
	require.NoError(t, err)
	require.Len(t, items, 2, "bad messages fail for good at once and are kept")
	keys := []string{items[0].Key, items[1].Key}
	assert.ElementsMatch(t, []string{"m2", "m3"}, keys)
	for _, it := range items {
		if it.Key == "m3" {
			assert.Contains(t, it.Error, "status: must be one of")
			assert.JSONEq(t, orderEvent("o-2", "teleported", 1), string(it.Payload))
		}
	}
}
