package main

import (
	"context"
	"database/sql"
	"net/http"

	"github.com/aws/aws-lambda-go/events"
)

var db *sql.DB

// listCustomerOrders defers a Close: with a defer in the function, SSA stores the
// results and returns them after running the defers; the nil error is
// still nil.
func listCustomerOrders(ctx context.Context, req events.APIGatewayV2HTTPRequest) (events.APIGatewayV2HTTPResponse, error) {
	rows, err := db.QueryContext(ctx, "SELECT id FROM orders WHERE customer = $1", req.PathParameters["customer"])
	if err != nil {
		return events.APIGatewayV2HTTPResponse{StatusCode: http.StatusInternalServerError}, nil // want `answers 500 for an error that is never logged`
	}
	defer rows.Close()
	n := 0
	for rows.Next() {
		n++
	}
	if err := rows.Err(); err != nil {
		return events.APIGatewayV2HTTPResponse{StatusCode: http.StatusInternalServerError}, err // want `handler listCustomerOrders returns a non-nil error`
	}
	return events.APIGatewayV2HTTPResponse{StatusCode: http.StatusOK}, nil
}
