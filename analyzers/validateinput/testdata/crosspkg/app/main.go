// Package main is an API Gateway function recording transfers through the
// store and check packages.
package main

import (
	"context"
	"encoding/json"
	"net/http"

	"github.com/aws/aws-lambda-go/events"
	"github.com/aws/aws-lambda-go/lambda"

	"example.com/fixtures/crosspkg/check"
	"example.com/fixtures/crosspkg/store"
)

type app struct {
	store *store.Store
}

func (a *app) transfer(ctx context.Context, ev events.APIGatewayProxyRequest) (events.APIGatewayProxyResponse, error) {
	var t check.Transfer
	if err := json.Unmarshal([]byte(ev.Body), &t); err != nil {
		return events.APIGatewayProxyResponse{StatusCode: http.StatusBadRequest}, nil
	}
	if err := check.Normalize(&t); err != nil {
		return events.APIGatewayProxyResponse{StatusCode: http.StatusBadRequest}, nil
	}
	if err := a.store.Record(ctx, &t); err != nil { // want `request body decoded into t reaches SQL arguments of pgxpool.\(\*Pool\).Exec unvalidated \(store.\(\*Store\).Record → \(\*Store\).insert\)`
		return events.APIGatewayProxyResponse{StatusCode: http.StatusInternalServerError}, nil
	}
	return events.APIGatewayProxyResponse{StatusCode: http.StatusCreated}, nil
}

func (a *app) transferChecked(ctx context.Context, ev events.APIGatewayProxyRequest) (events.APIGatewayProxyResponse, error) {
	var t check.Transfer
	if err := json.Unmarshal([]byte(ev.Body), &t); err != nil {
		return events.APIGatewayProxyResponse{StatusCode: http.StatusBadRequest}, nil
	}
	if err := check.ValidTransfer(&t); err != nil {
		return events.APIGatewayProxyResponse{StatusCode: http.StatusBadRequest, Body: err.Error()}, nil
	}
	if err := a.store.Record(ctx, &t); err != nil {
		return events.APIGatewayProxyResponse{StatusCode: http.StatusInternalServerError}, nil
	}
	n, err := a.store.Count(ctx, "transfers")
	if err != nil {
		return events.APIGatewayProxyResponse{StatusCode: http.StatusInternalServerError}, nil
	}
	_ = n
	return events.APIGatewayProxyResponse{StatusCode: http.StatusCreated}, nil
}

func main() {
	a := &app{store: &store.Store{}}
	lambda.Start(a.transfer)
}
