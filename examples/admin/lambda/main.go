// Command lambda runs the admin API on AWS Lambda behind an API Gateway
// REST API. Tokens are HS256 JWTs signed with JWT_SECRET and issued by
// JWT_ISSUER for the audience JWT_AUDIENCE.
package main

import (
	"context"
	"log/slog"
	"os"

	"github.com/aws/aws-lambda-go/lambda"
	"golang.org/x/time/rate"

	"github.com/fnlint/fnlint/examples/admin"
	"github.com/fnlint/fnlint/fn"
	"github.com/fnlint/fnlint/fn/auth"
	"github.com/fnlint/fnlint/fn/lambdafn"
	"github.com/fnlint/fnlint/fn/pgstore"
	"github.com/fnlint/fnlint/fn/ratelimit"
)

type config struct {
	DatabaseURL string `env:"DATABASE_URL,required"`
	JWTSecret   string `env:"JWT_SECRET,required"`
	JWTIssuer   string `env:"JWT_ISSUER,required"`
	JWTAudience string `env:"JWT_AUDIENCE,required"`
}

func main() {
	slog.SetDefault(slog.New(slog.NewJSONHandler(os.Stdout, nil)))
	var cfg config
	if err := fn.LoadEnv(&cfg); err != nil {
		slog.Error("load configuration", "error", err)
		os.Exit(1)
	}
	verifier, err := auth.NewVerifier(auth.Config{
		Algorithms: []string{"HS256"},
		Key:        []byte(cfg.JWTSecret),
		Issuer:     cfg.JWTIssuer,
		Audience:   cfg.JWTAudience,
	})
	if err != nil {
		slog.Error("configure token verification", "error", err)
		os.Exit(1)
	}
	pool, err := pgstore.Open(context.Background(), pgstore.PoolConfig{URL: cfg.DatabaseURL})
	if err != nil {
		slog.Error("connect to the database", "error", err)
		os.Exit(1)
	}
	api := admin.New(pgstore.NewFailedStore(pool))
	limiter := ratelimit.New(rate.Limit(5), 10)
	lambda.Start(lambdafn.APIGatewayV1(api.Routes(verifier, limiter)))
}
