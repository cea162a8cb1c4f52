// Package main registers methods as handlers: a method value with
// lambda.Start and another on a ServeMux.
package main

import (
	"context"
	"net/http"
	"strings"

	"github.com/aws/aws-lambda-go/events"
	"github.com/aws/aws-lambda-go/lambda"
)

type notifier struct {
	muted map[string]bool
}

func (n *notifier) Handle(ctx context.Context, ev events.SNSEvent) error { // want `handler \(\*notifier\).Handle has cyclomatic complexity 16 \(max 15\)`
	for _, rec := range ev.Records {
		msg := rec.SNS.Message
		if msg == "" || n.muted[rec.SNS.TopicArn] {
			continue
		}
		switch {
		case strings.HasPrefix(msg, "ALARM") && !strings.Contains(msg, "test"):
			notify("oncall", msg)
		case strings.HasPrefix(msg, "OK") || strings.HasPrefix(msg, "RESOLVED"):
			notify("channel", msg)
		case strings.HasPrefix(msg, "DEPLOY") && rec.SNS.Subject != "":
			notify("deploys", rec.SNS.Subject)
		case strings.HasPrefix(msg, "INSUFFICIENT_DATA"):
			if rec.SNS.Subject != "" && rec.SNS.Subject != "ignore" {
				notify("channel", rec.SNS.Subject)
			}
		}
		if ctx.Err() != nil || len(n.muted) > 100 || n.muted["*"] {
			return ctx.Err()
		}
	}
	return nil
}

func notify(channel, msg string) {}

type admin struct{}

func (admin) mute(w http.ResponseWriter, r *http.Request) { // want `handler \(admin\).mute nests control statements 5 deep \(max 4\)`
	for _, topic := range r.URL.Query()["topic"] {
		if topic != "" {
			for _, part := range strings.Split(topic, ":") {
				if part != "" {
					switch part {
					case "prod":
						http.Error(w, "cannot mute prod", http.StatusForbidden)
						return
					}
				}
			}
		}
	}
}

func main() {
	n := &notifier{muted: map[string]bool{}}
	if len(n.muted) > 0 {
		mux := http.NewServeMux()
		mux.HandleFunc("POST /mute", admin{}.mute)
		go http.ListenAndServe(":8081", mux)
	}
	lambda.Start(n.Handle)
}
