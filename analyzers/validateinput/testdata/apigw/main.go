// Package main is an API Gateway function storing orders in Postgres.
package main

import (
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"net/http"
	"strings"

	"github.com/aws/aws-lambda-go/events"
	"github.com/aws/aws-lambda-go/lambda"
)

var db *sql.DB

type order struct {
	Customer string  `json:"customer"`
	SKU      string  `json:"sku"`
	Quantity int     `json:"quantity"`
	Price    float64 `json:"price"`
}

type updateRequest struct {
	Status string `json:"status"`
}

// Validate reports what is wrong with the update.
func (u updateRequest) Validate() error {
	switch u.Status {
	case "shipped", "cancelled":
		return nil
	}
	return errors.New("status must be shipped or cancelled")
}

func createOrder(ctx context.Context, ev events.APIGatewayProxyRequest) (events.APIGatewayProxyResponse, error) {
	var o order
	if err := json.Unmarshal([]byte(ev.Body), &o); err != nil {
		return events.APIGatewayProxyResponse{StatusCode: http.StatusBadRequest}, nil
	}
	_, err := db.ExecContext(ctx, "INSERT INTO orders (customer, sku, quantity) VALUES ($1, $2, $3)", // want `request body decoded into o reaches SQL arguments of sql.\(\*DB\).ExecContext unvalidated; check it and answer 400 first`
		o.Customer, o.SKU, o.Quantity)
	if err != nil {
		return events.APIGatewayProxyResponse{StatusCode: http.StatusInternalServerError}, nil
	}
	return events.APIGatewayProxyResponse{StatusCode: http.StatusCreated}, nil
}

func getOrder(ctx context.Context, ev events.APIGatewayProxyRequest) (events.APIGatewayProxyResponse, error) {
	id := ev.PathParameters["id"]
	row := db.QueryRowContext(ctx, "SELECT customer FROM orders WHERE id = $1", id) // want `path parameter "id" reaches SQL arguments of sql.\(\*DB\).QueryRowContext unvalidated`
	var customer string
	if err := row.Scan(&customer); err != nil {
		return events.APIGatewayProxyResponse{StatusCode: http.StatusNotFound}, nil
	}
	return events.APIGatewayProxyResponse{StatusCode: http.StatusOK, Body: customer}, nil
}

func updateOrder(ctx context.Context, ev events.APIGatewayV2HTTPRequest) (events.APIGatewayV2HTTPResponse, error) {
	var u updateRequest
	if err := json.Unmarshal([]byte(ev.Body), &u); err != nil {
		return events.APIGatewayV2HTTPResponse{StatusCode: 500}, nil // want `error of json.Unmarshal answered with 500; a request that does not decode is a client error: answer 400`
	}
	_, err := db.ExecContext(ctx, "UPDATE orders SET status = $1 WHERE id = $2", // want `request body decoded into u reaches SQL arguments of sql.\(\*DB\).ExecContext unvalidated; call its Validate method and answer 400 first` `path parameter "id" reaches SQL arguments`
		u.Status, ev.PathParameters["id"])
	if err != nil {
		return events.APIGatewayV2HTTPResponse{StatusCode: http.StatusInternalServerError}, nil
	}
	return events.APIGatewayV2HTTPResponse{StatusCode: http.StatusNoContent}, nil
}

func searchOrders(ctx context.Context, ev events.APIGatewayV2HTTPRequest) (events.APIGatewayV2HTTPResponse, error) {
	var o order
	json.Unmarshal([]byte(ev.Body), &o) // want `error of json.Unmarshal ignored; answer 400 when the request does not decode`
	customer := strings.ToLower(ev.QueryStringParameters["customer"])
	rows, err := db.QueryContext(ctx, "SELECT id FROM orders WHERE customer = $1", customer) // want `query parameter "customer" reaches SQL arguments`
	if err != nil {
		return events.APIGatewayV2HTTPResponse{StatusCode: http.StatusInternalServerError}, nil
	}
	defer rows.Close()
	return events.APIGatewayV2HTTPResponse{StatusCode: http.StatusOK}, nil
}

func main() {
	lambda.Start(createOrder)
}
