// Command lambda runs the users API on AWS Lambda behind an API Gateway
// HTTP API (payload format 2.0). It reads DATABASE_URL at cold start.
package main

import (
	"context"
	"log/slog"
	"os"

	"github.com/aws/aws-lambda-go/lambda"

	"github.com/fnlint/fnlint/examples/users"
	"github.com/fnlint/fnlint/fn"
	"github.com/fnlint/fnlint/fn/lambdafn"
	"github.com/fnlint/fnlint/fn/pgstore"
)

type config struct {
	DatabaseURL string `env:"DATABASE_URL,required"`
	MaxConns    int32  `env:"DB_MAX_CONNS" default:"2"`
}

func main() {
	slog.SetDefault(slog.New(slog.NewJSONHandler(os.Stdout, nil)))
	var cfg config
	if err := fn.LoadEnv(&cfg); err != nil {
		slog.Error("load configuration", "error", err)
		os.Exit(1)
	}
	pool, err := pgstore.Open(context.Background(), pgstore.PoolConfig{URL: cfg.DatabaseURL, MaxConns: cfg.MaxConns})
	if err != nil {
		slog.Error("connect to the database", "error", err)
		os.Exit(1)
	}
	lambda.Start(lambdafn.APIGatewayV2(users.New(pool).Routes()))
}
