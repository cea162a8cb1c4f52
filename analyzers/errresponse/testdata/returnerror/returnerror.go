// Package returnerror holds HTTP Lambda handlers that return errors, which
// the gateway turns into a bare 502, and handlers whose errors are fine.
package main

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"log"
	"net/http"

	"github.com/aws/aws-lambda-go/events"
	"github.com/aws/aws-lambda-go/lambda"
)

type order struct {
	ID    string `json:"id"`
	Total int    `json:"total"`
}

var errNotFound = errors.New("not found")

func load(ctx context.Context, id string) (order, error) {
	if id == "" {
		return order{}, errNotFound
	}
	return order{ID: id}, nil
}

func main() {
	lambda.Start(getOrder)
	lambda.Start(createOrder)
	lambda.Start(handleALB)
	lambda.Start(listCustomerOrders)
	lambda.Start(handleURL)
	lambda.Start(authorize)
	lambda.Start(authorizeRequest)
	lambda.Start(consume)
	lambda.Start(listCustomerOrders)
}

func getOrder(ctx context.Context, req events.APIGatewayProxyRequest) (events.APIGatewayProxyResponse, error) {
	o, err := load(ctx, req.PathParameters["id"])
	if err != nil {
		return events.APIGatewayProxyResponse{}, err // want `handler getOrder returns a non-nil error: API Gateway answers 502 with no body; return a response with a status code and a nil error`
	}
	body, err := json.Marshal(o)
	if err != nil {
		log.Printf("marshal order: %v", err)
		return events.APIGatewayProxyResponse{StatusCode: http.StatusInternalServerError}, nil
	}
	// err is nil here: the branch above returned.
	return events.APIGatewayProxyResponse{StatusCode: http.StatusOK, Body: string(body)}, err
}

func createOrder(ctx context.Context, req events.APIGatewayV2HTTPRequest) (events.APIGatewayV2HTTPResponse, error) {
	var o order
	if err := json.Unmarshal([]byte(req.Body), &o); err != nil {
		return events.APIGatewayV2HTTPResponse{StatusCode: http.StatusBadRequest, Body: `{"error":"invalid JSON"}`}, nil
	}
	if o.Total <= 0 {
		return events.APIGatewayV2HTTPResponse{}, fmt.Errorf("order %s: total must be positive", o.ID) // want `handler createOrder returns a non-nil error: API Gateway answers 502`
	}
	return respond(http.StatusCreated, o)
}

// respond always answers a nil error: returning its results is fine.
func respond(status int, v any) (events.APIGatewayV2HTTPResponse, error) {
	body, err := json.Marshal(v)
	if err != nil {
		log.Printf("marshal response: %v", err)
		return events.APIGatewayV2HTTPResponse{StatusCode: http.StatusInternalServerError}, nil
	}
	return events.APIGatewayV2HTTPResponse{StatusCode: status, Body: string(body)}, nil
}

// handleALB returns the error of a helper that may fail.
func handleALB(ctx context.Context, req events.ALBTargetGroupRequest) (events.ALBTargetGroupResponse, error) {
	var resp events.ALBTargetGroupResponse
	var err error
	if req.HTTPMethod == http.MethodDelete {
		err = errors.New("deletes are disabled")
	}
	resp.StatusCode = http.StatusOK
	return resp, err // want `handler handleALB returns a non-nil error: ALB answers 502`
}

func handleURL(ctx context.Context, req *events.LambdaFunctionURLRequest) (*events.LambdaFunctionURLResponse, error) {
	o, err := load(ctx, req.QueryStringParameters["id"])
	if errors.Is(err, errNotFound) {
		return &events.LambdaFunctionURLResponse{StatusCode: http.StatusNotFound}, nil
	}
	if err == nil {
		return &events.LambdaFunctionURLResponse{StatusCode: http.StatusOK, Body: o.ID}, err
	}
	return nil, err // want `handler handleURL returns a non-nil error: the Function URL answers 502`
}

// listOrders is registered as a method-free closure; its returns are all nil.
var listOrders = func(ctx context.Context, req events.APIGatewayProxyRequest) (events.APIGatewayProxyResponse, error) {
	if req.QueryStringParameters["page"] == "" {
		return events.APIGatewayProxyResponse{StatusCode: http.StatusBadRequest}, nil
	}
	return events.APIGatewayProxyResponse{StatusCode: http.StatusOK, Body: "[]"}, nil
}

// authorize is a custom authorizer: returning "Unauthorized" is how it
// answers 401.
func authorize(ctx context.Context, req events.APIGatewayCustomAuthorizerRequest) (events.APIGatewayCustomAuthorizerResponse, error) {
	if req.AuthorizationToken == "" {
		return events.APIGatewayCustomAuthorizerResponse{}, errors.New("Unauthorized")
	}
	return events.APIGatewayCustomAuthorizerResponse{PrincipalID: "user"}, nil
}

// authorizeRequest is a REQUEST authorizer that reads its event as a proxy
// request: its response makes it an authorizer
// (jayasai470/serverless-golang-jwt-authorizer).
func authorizeRequest(ctx context.Context, req events.APIGatewayProxyRequest) (events.APIGatewayCustomAuthorizerResponse, error) {
	if req.Headers["Authorization"] == "" {
		return events.APIGatewayCustomAuthorizerResponse{}, errors.New("Unauthorized")
	}
	return events.APIGatewayCustomAuthorizerResponse{PrincipalID: "user"}, nil
}

// consume is an SQS handler: returning an error retries the batch.
func consume(ctx context.Context, ev events.SQSEvent) error {
	for _, m := range ev.Records {
		if m.Body == "" {
			return fmt.Errorf("message %s: empty body", m.MessageId)
		}
	}
	return nil
}
