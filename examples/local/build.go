package main

import (
	"net/http"

	"github.com/jackc/pgx/v5/pgxpool"
	"golang.org/x/time/rate"

	"github.com/fnlint/fnlint/examples/admin"
	"github.com/fnlint/fnlint/examples/cleanup"
	"github.com/fnlint/fnlint/examples/enhancer"
	"github.com/fnlint/fnlint/examples/sqsconsumer"
	"github.com/fnlint/fnlint/examples/users"
	"github.com/fnlint/fnlint/examples/webhook"
	"github.com/fnlint/fnlint/fn"
	"github.com/fnlint/fnlint/fn/auth"
	"github.com/fnlint/fnlint/fn/httpfn"
	"github.com/fnlint/fnlint/fn/pgstore"
	"github.com/fnlint/fnlint/fn/ratelimit"
)

// build creates the functions over pool and returns the mux serving them
// and the scheduler of the cleanup task.
func build(cfg config, pool *pgxpool.Pool) (*http.ServeMux, *fn.Scheduler, error) {
	verifier, err := auth.NewVerifier(auth.Config{Algorithms: []string{"HS256"}, Key: []byte(cfg.JWTSecret)})
	if err != nil {
		return nil, nil, err
	}
	receiver, err := webhook.New([]byte(cfg.WebhookSecret), webhook.NewPGInbox(pool))
	if err != nil {
		return nil, nil, err
	}
	failed := pgstore.NewFailedStore(pool)
	keys := pgstore.NewIdempotencyStore(pool)

	usersAPI := httpfn.Handler(enhancer.Wrap(users.New(pool).Routes()))
	adminAPI := httpfn.Handler(admin.New(failed).Routes(verifier, ratelimit.New(rate.Limit(5), 10)))
	version := fn.NewRouter()
	version.Handle("GET /api/version", enhancer.Version)

	mux := http.NewServeMux()
	mux.Handle("/users", usersAPI)
	mux.Handle("/users/", usersAPI)
	mux.Handle("/admin/", adminAPI)
	mux.Handle("/webhooks/", httpfn.Handler(receiver.Routes(ratelimit.New(rate.Limit(20), 40)), httpfn.MaxBodyBytes(webhook.MaxBodyBytes)))
	mux.Handle("/queues/orders", httpfn.TaskHandler("orders", sqsconsumer.New(pool).Task(keys, failed)))
	mux.Handle("/api/", httpfn.Handler(enhancer.Wrap(version.Serve)))

	var sched fn.Scheduler
	task := cleanup.New(pool, failed, cfg.Retention)
	if err := sched.Add(cleanup.Name, cleanup.Schedule, fn.OnFinalFailure(0, fn.KeepFailed(failed), task.Run)); err != nil {
		return nil, nil, err
	}
	return mux, &sched, nil
}
