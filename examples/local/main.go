// Command local serves every example function over HTTP on one machine,
// as `go run ./examples/local`, and runs the cleanup task on its schedule:
//
//	/users, /users/{id}          examples/users, with examples/enhancer's enhancers
//	/admin/failed...             examples/admin (Bearer JWT, HS256, JWT_SECRET)
//	POST /webhooks/payments      examples/webhook (signed with WEBHOOK_SECRET)
//	POST /queues/orders          examples/sqsconsumer, a message per request
//	                             (Idempotency-Key header: the message id)
//	GET /api/version             examples/enhancer
//
// It reads DATABASE_URL, JWT_SECRET and WEBHOOK_SECRET (every missing one
// is reported at once), and ADDR (default localhost:8080). It creates the
// tables it needs.
package main

import (
	"context"
	"log/slog"
	"os"
	"os/signal"
	"syscall"
	"time"

	"github.com/fnlint/fnlint/examples/sqsconsumer"
	"github.com/fnlint/fnlint/examples/users"
	"github.com/fnlint/fnlint/examples/webhook"
	"github.com/fnlint/fnlint/fn"
	"github.com/fnlint/fnlint/fn/httpfn"
	"github.com/fnlint/fnlint/fn/pgstore"
)

type config struct {
	Addr          string        `env:"ADDR" default:"localhost:8080"`
	DatabaseURL   string        `env:"DATABASE_URL,required"`
	JWTSecret     string        `env:"JWT_SECRET,required"`
	WebhookSecret string        `env:"WEBHOOK_SECRET,required"`
	Retention     time.Duration `env:"RETENTION" default:"720h"`
}

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	if err := run(ctx); err != nil {
		slog.Error("local server", "error", err)
		os.Exit(1)
	}
}

// run sets everything up once, then serves until ctx is done.
func run(ctx context.Context) error {
	var cfg config
	if err := fn.LoadEnv(&cfg); err != nil {
		return err
	}
	pool, err := pgstore.Open(ctx, pgstore.PoolConfig{URL: cfg.DatabaseURL, MaxConns: 8})
	if err != nil {
		return err
	}
	defer pool.Close()
	if err := pgstore.Migrate(ctx, pool); err != nil {
		return err
	}
	if err := pgstore.Exec(ctx, pool, users.Schema+sqsconsumer.Schema+webhook.Schema); err != nil {
		return err
	}
	mux, sched, err := build(cfg, pool)
	if err != nil {
		return err
	}
	go sched.Run(ctx)
	slog.Info("serving the examples", "addr", cfg.Addr)
	return httpfn.Start(ctx, cfg.Addr, mux)
}
