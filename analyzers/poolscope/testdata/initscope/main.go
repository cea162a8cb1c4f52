// Package main creates everything once per cold start, in every way init
// scope is written: nothing is reported.
package main

import (
	"context"
	"database/sql"
	"net/http"
	"os"
	"sync"

	"github.com/aws/aws-lambda-go/events"
	"github.com/aws/aws-lambda-go/lambda"
	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/config"
	"github.com/aws/aws-sdk-go-v2/service/s3"
	"github.com/jackc/pgx/v5/pgxpool"
	"github.com/redis/go-redis/v9"
)

var (
	db        *sql.DB
	transport = &http.Transport{MaxIdleConns: 10}
	rdb       = redis.NewClient(&redis.Options{Addr: os.Getenv("REDIS_ADDR")})

	poolOnce sync.Once
	pool     *pgxpool.Pool

	awsConfig = sync.OnceValues(func() (aws.Config, error) {
		return config.LoadDefaultConfig(context.Background())
	})
	s3Client = sync.OnceValue(func() *s3.Client {
		cfg, _ := awsConfig()
		return s3.NewFromConfig(cfg)
	})
)

func init() {
	var err error
	db, err = sql.Open("postgres", os.Getenv("DATABASE_URL"))
	if err != nil {
		panic(err)
	}
}

func getPool(ctx context.Context) *pgxpool.Pool {
	poolOnce.Do(func() {
		pool, _ = pgxpool.New(ctx, os.Getenv("DATABASE_URL"))
	})
	return pool
}

type handler struct {
	client *http.Client
	users  *sql.DB
}

func newHandler() *handler {
	users, _ := sql.Open("postgres", os.Getenv("USERS_URL"))
	return &handler{client: &http.Client{Transport: &http.Transport{}}, users: users}
}

func (h *handler) handle(ctx context.Context, ev events.SQSEvent) error {
	_ = getPool(ctx)
	_ = s3Client()
	_, _ = h.client, h.users
	_, _ = transport, rdb
	return db.PingContext(ctx)
}

func main() {
	h := newHandler()
	lambda.Start(h.handle)
}
