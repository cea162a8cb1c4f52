// Command lambda consumes the orders queue on AWS Lambda. Its SQS event
// source mapping must enable ReportBatchItemFailures, and the queue's
// redrive policy use sqsconsumer.MaxReceiveCount.
package main

import (
	"context"
	"log/slog"
	"os"

	"github.com/aws/aws-lambda-go/lambda"

	"github.com/fnlint/fnlint/examples/sqsconsumer"
	"github.com/fnlint/fnlint/fn"
	"github.com/fnlint/fnlint/fn/lambdafn"
	"github.com/fnlint/fnlint/fn/pgstore"
)

type config struct {
	DatabaseURL string `env:"DATABASE_URL,required"`
}

func main() {
	slog.SetDefault(slog.New(slog.NewJSONHandler(os.Stdout, nil)))
	var cfg config
	if err := fn.LoadEnv(&cfg); err != nil {
		slog.Error("load configuration", "error", err)
		os.Exit(1)
	}
	pool, err := pgstore.Open(context.Background(), pgstore.PoolConfig{URL: cfg.DatabaseURL})
	if err != nil {
		slog.Error("connect to the database", "error", err)
		os.Exit(1)
	}
	consumer := sqsconsumer.New(pool)
	task := consumer.Task(pgstore.NewIdempotencyStore(pool), pgstore.NewFailedStore(pool))
	lambda.Start(lambdafn.SQS(task))
}
