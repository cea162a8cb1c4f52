// Command lambda runs the cleanup task on AWS Lambda, invoked by an
// EventBridge rule with the schedule cleanup.Schedule.
package main

import (
	"context"
	"log/slog"
	"os"
	"time"

	"github.com/aws/aws-lambda-go/lambda"

	"github.com/fnlint/fnlint/examples/cleanup"
	"github.com/fnlint/fnlint/fn"
	"github.com/fnlint/fnlint/fn/lambdafn"
	"github.com/fnlint/fnlint/fn/pgstore"
)

type config struct {
	DatabaseURL string        `env:"DATABASE_URL,required"`
	Retention   time.Duration `env:"RETENTION" default:"720h"`
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
	failed := pgstore.NewFailedStore(pool)
	task := cleanup.New(pool, failed, cfg.Retention)
	// Lambda retries a failed asynchronous invocation twice: record every
	// failure, keyed by the run, so the last one stays for review.
	lambda.Start(lambdafn.Scheduled(fn.OnFinalFailure(0, fn.KeepFailed(failed), task.Run)))
}
