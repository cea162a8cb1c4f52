// Package main holds SQS consumers that log a failed message and move on,
// and consumers that log and also report, count or decode.
package main

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"log"
	"log/slog"
	netmail "net/mail"
	"strings"
	"time"

	"github.com/aws/aws-lambda-go/events"
	"github.com/aws/aws-lambda-go/lambda"
)

type signup struct {
	Email string `json:"email"`
}

type mailer interface {
	Welcome(ctx context.Context, email string) error
}

var mail mailer

// schedule skips the messages whose time or address does not parse: they
// fail the same way on every delivery, like a JSON error.
func schedule(ctx context.Context, ev events.SQSEvent) error {
	for _, msg := range ev.Records {
		at, err := time.Parse(time.RFC3339, msg.Attributes["SentTimestamp"])
		if err != nil {
			log.Printf("skip message %s: bad time: %v", msg.MessageId, err)
			continue
		}
		addr, err := netmail.ParseAddress(msg.Body)
		if err != nil {
			log.Printf("skip message %s: bad address: %v", msg.MessageId, err)
			continue
		}
		log.Println(at, addr)
	}
	return nil
}

// welcome loses every message whose mail fails.
func welcome(ctx context.Context, ev events.SQSEvent) error {
	for _, msg := range ev.Records {
		var s signup
		if err := json.Unmarshal([]byte(msg.Body), &s); err != nil {
			log.Printf("skip malformed message %s: %v", msg.MessageId, err) // a poison message: dropping it is a choice
			continue
		}
		if err := mail.Welcome(ctx, s.Email); err != nil { // want `a failed record is logged and skipped, never retried; report it in events.SQSEventResponse BatchItemFailures`
			slog.ErrorContext(ctx, "welcome mail failed", "messageId", msg.MessageId, "error", err)
			continue
		}
		slog.InfoContext(ctx, "welcomed", "email", s.Email)
	}
	return nil
}

// remind logs the failure as the last statement of the loop.
func remind(ctx context.Context, ev events.SQSEvent) (events.SQSEventResponse, error) {
	for _, msg := range ev.Records {
		err := mail.Welcome(ctx, msg.Body)
		if err != nil { // want `a failed record is logged and skipped, never retried`
			log.Println("remind:", err)
		}
	}
	return events.SQSEventResponse{}, nil
}

type metrics struct{ failed int }

func (m *metrics) fail() { m.failed++ }

var stats metrics

// notify logs and reports the failure.
func notify(ctx context.Context, ev events.SQSEvent) (events.SQSEventResponse, error) {
	var resp events.SQSEventResponse
	for _, msg := range ev.Records {
		if err := mail.Welcome(ctx, msg.Body); err != nil {
			slog.ErrorContext(ctx, "notify failed", "error", err)
			resp.BatchItemFailures = append(resp.BatchItemFailures, events.SQSBatchItemFailure{ItemIdentifier: msg.MessageId})
		}
	}
	return resp, nil
}

// bestEffort counts its failures: a decision, not an oversight.
func bestEffort(ctx context.Context, ev events.SQSEvent) error {
	for _, msg := range ev.Records {
		if err := mail.Welcome(ctx, msg.Body); err != nil {
			log.Printf("best effort: %v", err)
			stats.fail()
			continue
		}
	}
	return nil
}

// archive throws the errors of its writes away: the records whose write
// failed are acknowledged all the same (MikiWaraMiki/go-dynamodb-streams-practice).
func archive(ctx context.Context, ev events.SQSEvent) error {
	var sb strings.Builder
	for _, msg := range ev.Records {
		mail.Welcome(ctx, msg.Body)      // want `the error of a call on the record is ignored`
		_ = mail.Welcome(ctx, msg.Body)  // want `the error of a call on the record is ignored`
		sb.WriteString(msg.Body)         // a strings.Builder never fails
		fmt.Fprintln(&sb, msg.MessageId) // neither does a print to it
		r := strings.NewReader(msg.Body)
		io.NopCloser(r).Close() // a Close
	}
	log.Print(sb.String())
	return nil
}

// flush logs an error that is not about a message.
func flush(ctx context.Context, ev events.SQSEvent) error {
	for range ev.Records {
		if err := ctx.Err(); err != nil {
			log.Printf("late: %v", err)
		}
	}
	return nil
}

func main() {
	lambda.Start(welcome)
	lambda.Start(schedule)
	lambda.Start(remind)
	lambda.Start(notify)
	lambda.Start(bestEffort)
	lambda.Start(flush)
	lambda.Start(archive)
}
