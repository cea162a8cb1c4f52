package lambdafn

import (
	"context"
	"encoding/json"
	"log/slog"
	"strconv"
	"strings"

	"github.com/aws/aws-lambda-go/events"
	"github.com/aws/aws-lambda-go/lambdacontext"

	"github.com/fnlint/fnlint/fn"
)

// SQS adapts a task function to SQS events with partial batch responses:
// each message is one task, and the messages whose task fails are
// returned as batch item failures, so that SQS redelivers those only.
// Enable ReportBatchItemFailures on the event source mapping, and give
// the queue a dead-letter queue with a maxReceiveCount.
//
// The task's ID is the message id, or its MessageDeduplicationId on FIFO
// queues; its Attempt is ApproximateReceiveCount; its Payload is the body
// when it is JSON, the body as a JSON string otherwise. On FIFO queues the
// first failure stops the batch and the rest is reported failed too, to
// keep the order of each message group.
func SQS(h fn.TaskFunc) func(context.Context, events.SQSEvent) (events.SQSEventResponse, error) {
	return func(ctx context.Context, ev events.SQSEvent) (events.SQSEventResponse, error) {
		var resp events.SQSEventResponse
		for i, msg := range ev.Records {
			err := ctx.Err()
			if err == nil {
				err = fn.RunTask(ctx, h, taskFromSQS(msg))
			}
			if err == nil {
				continue
			}
			slog.ErrorContext(ctx, "message failed", "messageId", msg.MessageId, "queue", queueName(msg.EventSourceARN), "error", err)
			if strings.HasSuffix(msg.EventSourceARN, ".fifo") || ctx.Err() != nil {
				for _, rest := range ev.Records[i:] {
					resp.BatchItemFailures = append(resp.BatchItemFailures, events.SQSBatchItemFailure{ItemIdentifier: rest.MessageId})
				}
				break
			}
			resp.BatchItemFailures = append(resp.BatchItemFailures, events.SQSBatchItemFailure{ItemIdentifier: msg.MessageId})
		}
		return resp, nil
	}
}

func taskFromSQS(msg events.SQSMessage) *fn.Task {
	attrs := make(map[string]string, len(msg.Attributes)+len(msg.MessageAttributes))
	for k, a := range msg.MessageAttributes {
		if a.StringValue != nil {
			attrs[k] = *a.StringValue
		}
	}
	for k, v := range msg.Attributes {
		attrs[k] = v
	}
	id := msg.MessageId
	if d := msg.Attributes["MessageDeduplicationId"]; d != "" {
		id = d
	}
	attempt, err := strconv.Atoi(msg.Attributes["ApproximateReceiveCount"])
	if err != nil || attempt < 1 {
		attempt = 1
	}
	sent, _ := strconv.ParseInt(msg.Attributes["SentTimestamp"], 10, 64)
	return &fn.Task{
		ID:          id,
		Name:        queueName(msg.EventSourceARN),
		Payload:     jsonPayload(msg.Body),
		Attempt:     attempt,
		ScheduledAt: millis(sent),
		Attributes:  attrs,
	}
}

// jsonPayload returns body when it is JSON, else body as a JSON string.
func jsonPayload(body string) json.RawMessage {
	if json.Valid([]byte(body)) {
		return json.RawMessage(body)
	}
	b, _ := json.Marshal(body)
	return b
}

// queueName returns the name of a queue from its ARN.
func queueName(arn string) string {
	return arn[strings.LastIndex(arn, ":")+1:]
}

// Scheduled adapts a task function to the events of EventBridge scheduled
// rules (and of EventBridge Scheduler when its input is such an event).
// The task's ID is the event id, or, for an input without one, the Lambda
// request id, which Lambda keeps when it retries the asynchronous
// invocation; its Name is the rule's name; its Payload the event's detail.
// An error makes Lambda retry the invocation.
func Scheduled(h fn.TaskFunc) func(context.Context, events.EventBridgeEvent) error {
	return func(ctx context.Context, ev events.EventBridgeEvent) error {
		task := taskFromEventBridge(ev)
		if lc, ok := lambdacontext.FromContext(ctx); ok && task.ID == "" {
			task.ID = lc.AwsRequestID
		}
		return fn.RunTask(ctx, h, task)
	}
}

func taskFromEventBridge(ev events.EventBridgeEvent) *fn.Task {
	name := ev.DetailType
	if len(ev.Resources) > 0 {
		r := ev.Resources[0]
		name = r[strings.LastIndex(r, "/")+1:]
	}
	payload := json.RawMessage(ev.Detail)
	if len(payload) == 0 || !json.Valid(payload) {
		payload = json.RawMessage("{}")
	}
	return &fn.Task{
		ID:          ev.ID,
		Name:        name,
		Payload:     payload,
		Attempt:     1,
		ScheduledAt: ev.Time,
		Attributes: map[string]string{
			"source":      ev.Source,
			"detail-type": ev.DetailType,
			"account":     ev.AccountID,
			"region":      ev.Region,
		},
	}
}
