// Package main opens database pools inside its handlers.
package main

import (
	"context"
	"database/sql"
	"os"

	"github.com/aws/aws-lambda-go/events"
	"github.com/aws/aws-lambda-go/lambda"
	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgxpool"
	"github.com/jmoiron/sqlx"
	"gorm.io/gorm"
)

type order struct {
	ID    string
	Total int64
}

func getOrder(ctx context.Context, req events.APIGatewayV2HTTPRequest) (events.APIGatewayV2HTTPResponse, error) {
	db, err := sql.Open("postgres", os.Getenv("DATABASE_URL")) // want `sql.Open runs on every invocation \(getOrder\); open the pool once at init and share it`
	if err != nil {
		return events.APIGatewayV2HTTPResponse{StatusCode: 500}, nil
	}
	defer db.Close()
	var o order
	if err := db.QueryRowContext(ctx, "SELECT id, total FROM orders WHERE id = $1", req.PathParameters["id"]).Scan(&o.ID, &o.Total); err != nil {
		return events.APIGatewayV2HTTPResponse{StatusCode: 404}, nil
	}
	return events.APIGatewayV2HTTPResponse{StatusCode: 200}, nil
}

func listOrders(ctx context.Context, req events.APIGatewayV2HTTPRequest) (events.APIGatewayV2HTTPResponse, error) {
	pool, err := pgxpool.New(ctx, os.Getenv("DATABASE_URL")) // want `pgxpool.New runs on every invocation \(listOrders\)`
	if err != nil {
		return events.APIGatewayV2HTTPResponse{StatusCode: 500}, nil
	}
	defer pool.Close()
	db := sqlx.MustConnect("postgres", os.Getenv("REPORTING_URL")) // want `sqlx.MustConnect runs on every invocation \(listOrders\)`
	defer db.Close()
	var ids []string
	if err := db.SelectContext(ctx, &ids, "SELECT id FROM orders LIMIT 10"); err != nil {
		return events.APIGatewayV2HTTPResponse{StatusCode: 500}, nil
	}
	return events.APIGatewayV2HTTPResponse{StatusCode: 200}, nil
}

func archive(ctx context.Context, ev events.SQSEvent) error {
	conn, err := pgx.Connect(ctx, os.Getenv("DATABASE_URL")) // want `pgx.Connect runs on every invocation \(archive\)`
	if err != nil {
		return err
	}
	defer conn.Close(ctx)
	for _, m := range ev.Records {
		if _, err := conn.Exec(ctx, "UPDATE orders SET archived = true WHERE id = $1", m.Body); err != nil {
			return err
		}
	}
	return nil
}

var dialector gorm.Dialector

func audit(ctx context.Context, ev events.SQSEvent) error {
	orm, err := gorm.Open(dialector, &gorm.Config{}) // want `gorm.Open runs on every invocation \(audit\)`
	if err != nil {
		return err
	}
	_ = orm
	return nil
}

func main() {
	lambda.Start(getOrder)
	lambda.Start(listOrders)
	lambda.Start(archive)
	lambda.Start(audit)
}
