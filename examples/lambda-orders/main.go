// Command lambda-orders is an example function written directly on
// aws-lambda-go, without the fn runtime: an API Gateway HTTP API handler
// that reads orders from PostgreSQL.
//
//	GET /orders/{id}
//
// The pool is created once, in main, before lambda.Start; the handler
// passes its context to every query, validates the path parameter, logs
// errors and answers them with a JSON body and a status, never with an
// error that API Gateway would turn into a bare 502.
package main

import (
	"context"
	"encoding/json"
	"errors"
	"log/slog"
	"net/http"
	"os"
	"strings"
	"time"

	"github.com/aws/aws-lambda-go/events"
	"github.com/aws/aws-lambda-go/lambda"
	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgxpool"
)

// order is an order as the API shows it.
type order struct {
	ID        string    `json:"id"`
	Status    string    `json:"status"`
	UpdatedAt time.Time `json:"updatedAt"`
}

// handler holds what every invocation shares.
type handler struct {
	db *pgxpool.Pool
}

func main() {
	slog.SetDefault(slog.New(slog.NewJSONHandler(os.Stdout, nil)))
	dsn, ok := os.LookupEnv("DATABASE_URL")
	if !ok || dsn == "" {
		slog.Error("DATABASE_URL is not set")
		os.Exit(1)
	}
	pool, err := openPool(context.Background(), dsn)
	if err != nil {
		slog.Error("connect to the database", "error", err)
		os.Exit(1)
	}
	h := &handler{db: pool}
	lambda.Start(h.handle)
}

// openPool creates a small pool with bounded idle time and connect time.
func openPool(ctx context.Context, dsn string) (*pgxpool.Pool, error) {
	cfg, err := pgxpool.ParseConfig(dsn)
	if err != nil {
		return nil, errors.New("the connection URL does not parse")
	}
	cfg.MaxConns = 2
	cfg.MaxConnIdleTime = time.Minute
	cfg.ConnConfig.ConnectTimeout = 5 * time.Second
	return pgxpool.NewWithConfig(ctx, cfg)
}

// handle answers GET /orders/{id}.
func (h *handler) handle(ctx context.Context, req events.APIGatewayV2HTTPRequest) (events.APIGatewayV2HTTPResponse, error) {
	if req.RequestContext.HTTP.Method != http.MethodGet {
		resp := respond(http.StatusMethodNotAllowed, map[string]string{"error": "Method not allowed"})
		resp.Headers["Allow"] = http.MethodGet
		return resp, nil
	}
	id := req.PathParameters["id"]
	if !validID(id) {
		return respond(http.StatusBadRequest, map[string]string{"error": "Invalid order id"}), nil
	}
	var o order
	err := h.db.QueryRow(ctx, "SELECT id, status, updated_at FROM orders WHERE id = $1", id).Scan(&o.ID, &o.Status, &o.UpdatedAt)
	switch {
	case errors.Is(err, pgx.ErrNoRows):
		return respond(http.StatusNotFound, map[string]string{"error": "Order not found"}), nil
	case err != nil:
		slog.ErrorContext(ctx, "read order", "requestId", req.RequestContext.RequestID, "order", id, "error", err)
		return respond(http.StatusInternalServerError, map[string]string{
			"error": "Internal server error", "requestId": req.RequestContext.RequestID,
		}), nil
	}
	return respond(http.StatusOK, o), nil
}

// validID tells whether id looks like an order id: 1 to 64 letters,
// digits and dashes.
func validID(id string) bool {
	return id != "" && len(id) <= 64 && strings.Trim(id, "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-") == ""
}

// respond returns a JSON response.
func respond(status int, v any) events.APIGatewayV2HTTPResponse {
	body, err := json.Marshal(v)
	if err != nil {
		status, body = http.StatusInternalServerError, []byte(`{"error":"Internal server error"}`)
	}
	return events.APIGatewayV2HTTPResponse{
		StatusCode: status,
		Headers:    map[string]string{"Content-Type": "application/json"},
		Body:       string(body),
	}
}
