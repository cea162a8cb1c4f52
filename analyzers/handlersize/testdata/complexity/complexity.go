// Package main is an API Gateway function whose handler validates a
// booking inline: few statements, many branches.
package main

import (
	"context"
	"encoding/json"
	"net/http"
	"strings"
	"time"

	"github.com/aws/aws-lambda-go/events"
	"github.com/aws/aws-lambda-go/lambda"
)

type booking struct {
	Room      string    `json:"room"`
	Start     time.Time `json:"start"`
	End       time.Time `json:"end"`
	Guests    []string  `json:"guests"`
	Kind      string    `json:"kind"`
	Recurring *struct {
		Every int       `json:"every"`
		Until time.Time `json:"until"`
	} `json:"recurring"`
}

func handle(ctx context.Context, req events.APIGatewayProxyRequest) (events.APIGatewayProxyResponse, error) { // want `handler handle has cyclomatic complexity 17 \(max 15\); move branches into helpers`
	if req.HTTPMethod != http.MethodPost && req.HTTPMethod != http.MethodPut {
		return answer(http.StatusMethodNotAllowed, "method not allowed"), nil
	}
	var b booking
	if err := json.Unmarshal([]byte(req.Body), &b); err != nil {
		return answer(http.StatusBadRequest, "invalid JSON"), nil
	}
	if b.Room == "" || b.Start.IsZero() || b.End.IsZero() || !b.End.After(b.Start) {
		return answer(http.StatusBadRequest, "room, start and end are required"), nil
	}
	switch b.Kind {
	case "meeting", "call":
	case "workshop":
		if len(b.Guests) < 2 {
			return answer(http.StatusBadRequest, "a workshop needs guests"), nil
		}
	default:
		return answer(http.StatusBadRequest, "unknown kind"), nil
	}
	for _, g := range b.Guests {
		if !strings.Contains(g, "@") || strings.HasSuffix(g, "@") {
			return answer(http.StatusBadRequest, "invalid guest "+g), nil
		}
	}
	if b.Recurring != nil && (b.Recurring.Every <= 0 || b.Recurring.Until.Before(b.End)) {
		return answer(http.StatusBadRequest, "invalid recurrence"), nil
	}
	return answer(http.StatusCreated, "booked"), nil
}

func answer(status int, msg string) events.APIGatewayProxyResponse {
	body, _ := json.Marshal(map[string]string{"message": msg})
	return events.APIGatewayProxyResponse{StatusCode: status, Body: string(body)}
}

func main() {
	lambda.Start(handle)
}
