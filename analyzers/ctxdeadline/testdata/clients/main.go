// Package main sends webhooks from Lambda and net/http handlers with
// clients configured in different ways.
package main

import (
	"bytes"
	"context"
	"net/http"
	"os"
	"time"

	"github.com/aws/aws-lambda-go/events"
	"github.com/aws/aws-lambda-go/lambda"
)

// hooks has no Timeout: reported once, at its declaration.
var hooks = &http.Client{ // want `http.Client has no Timeout and sends requests per invocation \(notify\); set Timeout`
	Transport: http.DefaultTransport,
}

// bounded has a Timeout: fine.
var bounded = &http.Client{Timeout: 5 * time.Second}

// configured gets its Timeout in init: fine.
var configured http.Client

// zero is the zero value: no Timeout.
var zero http.Client // want `http.Client has no Timeout and sends requests per invocation \(forward\); set Timeout`

func init() {
	configured.Timeout = 10 * time.Second
}

var hookURL = os.Getenv("HOOK_URL")

func notify(w http.ResponseWriter, r *http.Request) {
	req, err := http.NewRequestWithContext(r.Context(), http.MethodPost, hookURL, r.Body)
	if err != nil {
		http.Error(w, "bad request", http.StatusBadRequest)
		return
	}
	// net/http: r.Context() has no deadline, the client's Timeout matters.
	resp, err := hooks.Do(req)
	if err != nil {
		http.Error(w, "hook failed", http.StatusBadGateway)
		return
	}
	resp.Body.Close()
	resp, err = hooks.Do(req) // the same client: reported once
	if err == nil {
		resp.Body.Close()
	}
	if resp, err := bounded.Do(req); err == nil {
		resp.Body.Close()
	}
	if resp, err := configured.Do(req); err == nil {
		resp.Body.Close()
	}
}

func forward(w http.ResponseWriter, r *http.Request) {
	req, err := http.NewRequestWithContext(r.Context(), http.MethodPost, hookURL, r.Body)
	if err != nil {
		http.Error(w, "bad request", http.StatusBadRequest)
		return
	}
	resp, err := zero.Do(req)
	if err != nil {
		http.Error(w, "hook failed", http.StatusBadGateway)
		return
	}
	resp.Body.Close()
	local := &http.Client{} // want `http.Client has no Timeout and sends requests per invocation \(forward\); set Timeout`
	if resp, err := local.Do(req); err == nil {
		resp.Body.Close()
	}
	tuned := &http.Client{}
	tune(tuned) // configured elsewhere: not followed
	if resp, err := tuned.Do(req); err == nil {
		resp.Body.Close()
	}
	late := &http.Client{}
	late.Timeout = 2 * time.Second // set after the literal: fine
	if resp, err := late.Do(req); err == nil {
		resp.Body.Close()
	}
}

func tune(c *http.Client) { c.Timeout = time.Second }

// lambdaHooks has no Timeout, but on Lambda a request built with the
// handler's context is bounded by the invocation's deadline.
var lambdaHooks = &http.Client{}

func publish(ctx context.Context, ev events.SNSEvent) error {
	for _, rec := range ev.Records {
		req, err := http.NewRequestWithContext(ctx, http.MethodPost, hookURL, bytes.NewBufferString(rec.SNS.Message))
		if err != nil {
			return err
		}
		resp, err := lambdaHooks.Do(req)
		if err != nil {
			return err
		}
		resp.Body.Close()
		if resp, err := http.DefaultClient.Do(req); err == nil { // bounded by ctx on Lambda: fine
			resp.Body.Close()
		}
	}
	return nil
}

func main() {
	http.HandleFunc("/notify", notify)
	http.HandleFunc("/forward", forward)
	lambda.Start(publish)
}
