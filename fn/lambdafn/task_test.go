package lambdafn_test

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"sync"
	"testing"
	"time"

	"github.com/aws/aws-lambda-go/events"
	"github.com/aws/aws-lambda-go/lambda"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/fnlint/fnlint/fn"
	"github.com/fnlint/fnlint/fn/lambdafn"
)

// taskRecorder is a task function that keeps its tasks and fails those
// listed.
type taskRecorder struct {
	mu    sync.Mutex
	tasks []*fn.Task
	fail  map[string]bool
}

func (r *taskRecorder) handle(ctx context.Context, task *fn.Task) error {
	r.mu.Lock()
	defer r.mu.Unlock()
	r.tasks = append(r.tasks, task)
	if task.ID == "panic" {
		panic("bug")
	}
	if r.fail[task.ID] {
		return errors.New("downstream unavailable")
	}
	return nil
}

func TestSQSTask(t *testing.T) {
	rec := &taskRecorder{}
	out := invoke(t, t.Context(), lambdafn.SQS(rec.handle), testdata(t, "sqs-event.json"))
	assert.Equal(t, map[string]any{"batchItemFailures": nil}, out)
	require.Len(t, rec.tasks, 1)
	task := rec.tasks[0]
	assert.Equal(t, "MessageID_1", task.ID)
	assert.Equal(t, "SQSQueue", task.Name)
	assert.JSONEq(t, `"Message Body"`, string(task.Payload), "a body that is not JSON becomes a JSON string")
	assert.Equal(t, 2, task.Attempt)
	assert.Equal(t, time.UnixMilli(1520621625029).UTC(), task.ScheduledAt)
	assert.Equal(t, "AttributeValue1", task.Attributes["Attribute1"])
	assert.Equal(t, "123", task.Attributes["Attribute2"])
	assert.Equal(t, "2", task.Attributes["ApproximateReceiveCount"])
	assert.NotContains(t, task.Attributes, "Attribute3", "binary attributes are left out")
}

// sqsEvent builds an SQS event of messages with the given ids.
func sqsEvent(queue string, ids ...string) []byte {
	var ev events.SQSEvent
	for _, id := range ids {
		ev.Records = append(ev.Records, events.SQSMessage{
			MessageId:      id,
			Body:           fmt.Sprintf(`{"order":%q}`, id),
			EventSourceARN: "arn:aws:sqs:eu-west-1:123456789012:" + queue,
			Attributes:     map[string]string{"ApproximateReceiveCount": "1", "SentTimestamp": "1710500000000"},
		})
	}
	b, _ := json.Marshal(ev)
	return b
}

func failures(out map[string]any) []string {
	var ids []string
	items, _ := out["batchItemFailures"].([]any)
	for _, it := range items {
		ids = append(ids, it.(map[string]any)["itemIdentifier"].(string))
	}
	return ids
}

func TestSQSPartialBatch(t *testing.T) {
	rec := &taskRecorder{fail: map[string]bool{"m2": true, "m4": true}}
	out := invoke(t, t.Context(), lambdafn.SQS(rec.handle), sqsEvent("orders", "m1", "m2", "panic", "m4", "m5"))
	assert.Equal(t, []string{"m2", "panic", "m4"}, failures(out))
	assert.Len(t, rec.tasks, 5, "a failure does not stop a standard queue's batch")
	assert.JSONEq(t, `{"order":"m1"}`, string(rec.tasks[0].Payload))
	assert.Equal(t, "orders", rec.tasks[0].Name)
}

func TestSQSFIFO(t *testing.T) {
	rec := &taskRecorder{fail: map[string]bool{"m2": true}}
	out := invoke(t, t.Context(), lambdafn.SQS(rec.handle), sqsEvent("orders.fifo", "m1", "m2", "m3", "m4"))
	assert.Equal(t, []string{"m2", "m3", "m4"}, failures(out), "the rest of a FIFO batch is failed to keep the order")
	assert.Len(t, rec.tasks, 2)

	var ev events.SQSEvent
	require.NoError(t, json.Unmarshal(sqsEvent("orders.fifo", "m1"), &ev))
	ev.Records[0].Attributes["MessageDeduplicationId"] = "order-7-paid"
	payload, err := json.Marshal(ev)
	require.NoError(t, err)
	rec = &taskRecorder{}
	invoke(t, t.Context(), lambdafn.SQS(rec.handle), payload)
	assert.Equal(t, "order-7-paid", rec.tasks[0].ID, "FIFO deduplication ids are idempotency keys")
}

func TestSQSDeadline(t *testing.T) {
	ctx, cancel := context.WithCancel(t.Context())
	calls := 0
	h := func(ctx context.Context, task *fn.Task) error {
		calls++
		cancel()
		return nil
	}
	out := invoke(t, ctx, lambdafn.SQS(h), sqsEvent("orders", "m1", "m2", "m3"))
	assert.Equal(t, 1, calls)
	assert.Equal(t, []string{"m2", "m3"}, failures(out), "messages left when the time is up are redelivered")
}

// scheduledEvent is the event of an EventBridge scheduled rule, as in the
// EventBridge documentation.
const scheduledEvent = `{
  "version": "0",
  "id": "53dc4d37-cffa-4f76-80c9-8b7d4a4d2eaa",
  "detail-type": "Scheduled Event",
  "source": "aws.events",
  "account": "123456789012",
  "time": "2015-10-08T16:53:06Z",
  "region": "us-east-1",
  "resources": ["arn:aws:events:us-east-1:123456789012:rule/nightly-cleanup"],
  "detail": {}
}`

func TestScheduled(t *testing.T) {
	rec := &taskRecorder{}
	_, err := lambda.NewHandler(lambdafn.Scheduled(rec.handle)).Invoke(t.Context(), []byte(scheduledEvent))
	require.NoError(t, err)
	require.Len(t, rec.tasks, 1)
	task := rec.tasks[0]
	assert.Equal(t, "53dc4d37-cffa-4f76-80c9-8b7d4a4d2eaa", task.ID)
	assert.Equal(t, "nightly-cleanup", task.Name)
	assert.Equal(t, time.Date(2015, 10, 8, 16, 53, 6, 0, time.UTC), task.ScheduledAt)
	assert.JSONEq(t, `{}`, string(task.Payload))
	assert.Equal(t, 1, task.Attempt)
	assert.Equal(t, "aws.events", task.Attributes["source"])

	rec = &taskRecorder{fail: map[string]bool{"53dc4d37-cffa-4f76-80c9-8b7d4a4d2eaa": true}}
	_, err = lambda.NewHandler(lambdafn.Scheduled(rec.handle)).Invoke(t.Context(), []byte(scheduledEvent))
	assert.ErrorContains(t, err, "downstream unavailable", "the error makes Lambda retry")

	// EventBridge Scheduler with an input that is not an event: the
	// request id, stable across retries, identifies the run.
	rec = &taskRecorder{}
	_, err = lambda.NewHandler(lambdafn.Scheduled(rec.handle)).Invoke(lambdaContext(t.Context(), "req-42"), []byte(`{}`))
	require.NoError(t, err)
	assert.Equal(t, "req-42", rec.tasks[0].ID)
	assert.JSONEq(t, `{}`, string(rec.tasks[0].Payload))
}
