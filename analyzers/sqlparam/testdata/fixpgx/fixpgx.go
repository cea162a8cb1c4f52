// Package fixpgx has Sprintf queries whose fix is mechanical on pgx.
package fixpgx

import (
	"context"
	"fmt"

	"github.com/aws/aws-lambda-go/events"
	"github.com/jackc/pgx/v5/pgxpool"
)

var pool *pgxpool.Pool

// Handle looks an order up by customer and status.
func Handle(ctx context.Context, req events.APIGatewayV2HTTPRequest) (events.APIGatewayV2HTTPResponse, error) {
	customer := req.PathParameters["customer"]
	status := req.QueryStringParameters["status"]
	limit := 10
	rows, err := pool.Query(ctx, fmt.Sprintf("SELECT id FROM orders WHERE customer = '%s' AND status <> '%s' LIMIT %d", customer, status, limit)) // want `query built from request input`
	if err != nil {
		return events.APIGatewayV2HTTPResponse{StatusCode: 500}, nil
	}
	rows.Close()
	q := fmt.Sprintf("DELETE FROM carts WHERE customer = %s", customer)
	if _, err := pool.Exec(ctx, q); err != nil { // want `query built from request input`
		return events.APIGatewayV2HTTPResponse{StatusCode: 500}, nil
	}
	// No fix: the value is not compared in a WHERE clause.
	if _, err := pool.Exec(ctx, fmt.Sprintf("ALTER TABLE t RENAME TO %s", status)); err != nil { // want `query built from request input`
		return events.APIGatewayV2HTTPResponse{StatusCode: 500}, nil
	}
	// No fix: a LIKE pattern around the value.
	if _, err := pool.Exec(ctx, fmt.Sprintf("DELETE FROM t WHERE name LIKE '%%%s%%'", status)); err != nil { // want `query built from request input`
		return events.APIGatewayV2HTTPResponse{StatusCode: 500}, nil
	}
	return events.APIGatewayV2HTTPResponse{StatusCode: 200}, nil
}
