// Package requestdata keeps request data in package variables, behind
// API Gateway handlers on Lambda.
package main

import (
	"context"
	"encoding/json"
	"time"

	"github.com/aws/aws-lambda-go/events"
	"github.com/aws/aws-lambda-go/lambda"
)

type principal struct {
	ID    string
	Email string
}

type order struct {
	ID    string `json:"id"`
	Items []string
}

var (
	current     principal
	lastOrder   order
	lastCtx     context.Context
	sessions    = map[string]time.Time{}
	lastPath    string
	invocations int
	coldStart   = true
	startedAt   time.Time
	defaultUser = principal{ID: "anonymous"}
)

func handle(ctx context.Context, req events.APIGatewayProxyRequest) (events.APIGatewayProxyResponse, error) {
	current = principal{ID: req.RequestContext.Identity.User, Email: req.Headers["x-email"]} // want `request data is kept in package variable current and leaks into later invocations \(handle\); keep it in a local variable`
	lastCtx = ctx                                                                            // want `request data is kept in package variable lastCtx`
	if err := json.Unmarshal([]byte(req.Body), &lastOrder); err != nil {                     // want `request data is kept in package variable lastOrder`
		return events.APIGatewayProxyResponse{StatusCode: 400}, nil
	}
	remember(req.Path)
	track(req.Headers["authorization"])
	// Lambda runs one invocation at a time: counters and cold-start flags
	// are no race there.
	invocations++
	if coldStart {
		coldStart = false
		startedAt = time.Now()
	}
	return events.APIGatewayProxyResponse{StatusCode: 200, Body: describe(defaultUser)}, nil
}

func remember(path string) {
	lastPath = path // want `request data is kept in package variable lastPath and leaks into later invocations \(handle → remember\)`
}

func track(token string) {
	sessions[token] = time.Now() // want `request data is kept in package variable sessions`
}

func describe(p principal) string {
	return p.ID
}

func main() {
	lambda.Start(handle)
}
