// Command lambda receives payment webhooks on AWS Lambda behind a Function
// URL. It reads WEBHOOK_SECRET and DATABASE_URL at cold start.
package main

import (
	"context"
	"log/slog"
	"os"

	"github.com/aws/aws-lambda-go/lambda"
	"golang.org/x/time/rate"

	"github.com/fnlint/fnlint/examples/webhook"
	"github.com/fnlint/fnlint/fn"
	"github.com/fnlint/fnlint/fn/lambdafn"
	"github.com/fnlint/fnlint/fn/pgstore"
	"github.com/fnlint/fnlint/fn/ratelimit"
)

type config struct {
	DatabaseURL string `env:"DATABASE_URL,required"`
	Secret      string `env:"WEBHOOK_SECRET,required"`
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
	receiver, err := webhook.New([]byte(cfg.Secret), webhook.NewPGInbox(pool))
	if err != nil {
		slog.Error("configure the receiver", "error", err)
		os.Exit(1)
	}
	limiter := ratelimit.New(rate.Limit(20), 40)
	lambda.Start(lambdafn.FunctionURL(receiver.Routes(limiter), lambdafn.MaxBodyBytes(webhook.MaxBodyBytes)))
}
