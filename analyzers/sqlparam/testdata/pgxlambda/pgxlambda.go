// Package pgxlambda is a Lambda function on a package-level pgx pool.
package pgxlambda

import (
	"context"
	"encoding/json"
	"fmt"

	"github.com/aws/aws-lambda-go/events"
	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgxpool"
)

// pool is opened once; a package-level pool is no reason to stop tracking.
var pool *pgxpool.Pool

type orderRequest struct {
	Customer string `json:"customer"`
	Status   string `json:"status"`
}

// Handle decodes the body and builds the query from its fields.
func Handle(ctx context.Context, req events.APIGatewayProxyRequest) (events.APIGatewayProxyResponse, error) {
	var in orderRequest
	if err := json.Unmarshal([]byte(req.Body), &in); err != nil {
		return events.APIGatewayProxyResponse{StatusCode: 400}, nil
	}
	q := fmt.Sprintf("SELECT id FROM orders WHERE customer = '%s'", in.Customer)
	rows, err := pool.Query(ctx, q) // want `query built from request input \(field Customer\) reaches pgxpool.\(\*Pool\).Query`
	if err != nil {
		return events.APIGatewayProxyResponse{StatusCode: 500}, nil
	}
	rows.Close()

	tx, err := pool.Begin(ctx)
	if err != nil {
		return events.APIGatewayProxyResponse{StatusCode: 500}, nil
	}
	defer tx.Rollback(ctx)
	if _, err := tx.Exec(ctx, "UPDATE orders SET seen = true WHERE status = '"+in.Status+"'"); err != nil { // want `reaches pgx.\(Tx\).Exec`
		return events.APIGatewayProxyResponse{StatusCode: 500}, nil
	}
	batch := &pgx.Batch{}
	batch.Queue("DELETE FROM carts WHERE customer = '" + req.PathParameters["customer"] + "'") // want `reaches pgx.\(\*Batch\).Queue`
	batch.Queue("DELETE FROM carts WHERE customer = $1", in.Customer)
	pool.SendBatch(ctx, batch).Close()

	// Quoted identifiers are fine.
	table := pgx.Identifier{"tenant_" + req.PathParameters["tenant"], "orders"}.Sanitize()
	if _, err := tx.Exec(ctx, "DELETE FROM "+table+" WHERE id = $1", req.PathParameters["id"]); err != nil {
		return events.APIGatewayProxyResponse{StatusCode: 500}, nil
	}
	return events.APIGatewayProxyResponse{StatusCode: 200}, tx.Commit(ctx)
}

// Nightly is a scheduled task: non-constant, but not request input.
func Nightly(ctx context.Context, ev events.CloudWatchEvent) error {
	var partition string
	if err := pool.QueryRow(ctx, "SELECT current_partition()").Scan(&partition); err != nil {
		return err
	}
	_, err := pool.Exec(ctx, "VACUUM "+partition) // want `query built from non-constant data \(partition\) reaches pgxpool.\(\*Pool\).Exec`
	return err
}
