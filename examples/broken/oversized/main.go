// Command oversized is an AWS Lambda function behind an API Gateway HTTP
// API that creates orders. It is correct in every way fnlint checks but
// one: its handler parses, validates, queries, prices, stores and formats
// inline, so it is far over the handlersize thresholds. Each of those
// steps belongs in a helper of its own.
package main

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"log/slog"
	"math"
	"net/http"
	"os"
	"strings"
	"time"

	"github.com/aws/aws-lambda-go/events"
	"github.com/aws/aws-lambda-go/lambda"
	"github.com/jackc/pgx/v5"
)

// orderRequest is the body of POST /orders.
type orderRequest struct {
	CustomerID string      `json:"customerId"`
	Currency   string      `json:"currency"`
	Coupon     string      `json:"coupon"`
	Lines      []orderLine `json:"lines"`
	Shipping   struct {
		Method  string `json:"method"`
		Country string `json:"country"`
		Zip     string `json:"zip"`
	} `json:"shipping"`
}

type orderLine struct {
	SKU      string `json:"sku"`
	Quantity int    `json:"quantity"`
}

// app holds what the function opens once per cold start. A Lambda
// instance serves one request at a time: one connection is enough.
type app struct {
	db  *pgx.Conn
	log *slog.Logger
}

var taxRates = map[string]float64{"DE": 0.19, "FR": 0.20, "NL": 0.21, "AT": 0.20}

func (a *app) createOrder(ctx context.Context, req events.APIGatewayV2HTTPRequest) (events.APIGatewayV2HTTPResponse, error) {
	reply := func(status int, body any) events.APIGatewayV2HTTPResponse {
		b, _ := json.Marshal(body)
		return events.APIGatewayV2HTTPResponse{
			StatusCode: status,
			Headers:    map[string]string{"Content-Type": "application/json"},
			Body:       string(b),
		}
	}
	if req.RequestContext.HTTP.Method != http.MethodPost {
		resp := reply(http.StatusMethodNotAllowed, map[string]string{"error": "Method not allowed"})
		resp.Headers["Allow"] = http.MethodPost
		return resp, nil
	}
	if ct := req.Headers["content-type"]; !strings.HasPrefix(ct, "application/json") {
		return reply(http.StatusUnsupportedMediaType, map[string]string{"error": "Content-Type must be application/json"}), nil
	}
	idemKey := req.Headers["idempotency-key"]
	if idemKey == "" || len(idemKey) > 64 {
		return reply(http.StatusBadRequest, map[string]string{"error": "Idempotency-Key header is required"}), nil
	}

	// Parse.
	var in orderRequest
	dec := json.NewDecoder(strings.NewReader(req.Body))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&in); err != nil {
		return reply(http.StatusBadRequest, map[string]string{"error": "Invalid JSON"}), nil
	}

	// Validate.
	var details []string
	if in.CustomerID == "" {
		details = append(details, "customerId is required")
	}
	if in.Currency != "EUR" && in.Currency != "USD" {
		details = append(details, "currency must be EUR or USD")
	}
	if len(in.Lines) == 0 || len(in.Lines) > 50 {
		details = append(details, "lines must hold 1 to 50 items")
	}
	seen := make(map[string]bool, len(in.Lines))
	for i, l := range in.Lines {
		if l.SKU == "" || seen[l.SKU] {
			details = append(details, fmt.Sprintf("lines[%d].sku is missing or repeated", i))
		}
		if l.Quantity < 1 || l.Quantity > 100 {
			details = append(details, fmt.Sprintf("lines[%d].quantity must be 1 to 100", i))
		}
		seen[l.SKU] = true
	}
	rate, taxed := taxRates[in.Shipping.Country]
	if !taxed {
		details = append(details, "shipping.country is not served")
	}
	switch in.Shipping.Method {
	case "standard", "express":
	case "pickup":
		if in.Shipping.Zip != "" {
			details = append(details, "shipping.zip must be empty for pickup")
		}
	default:
		details = append(details, "shipping.method must be standard, express or pickup")
	}
	if len(details) > 0 {
		return reply(http.StatusBadRequest, map[string]any{"error": "Validation failed", "details": details}), nil
	}

	// Query the customer and the prices.
	var tier string
	err := a.db.QueryRow(ctx, `SELECT tier FROM customers WHERE id = $1 AND active`, in.CustomerID).Scan(&tier)
	if errors.Is(err, pgx.ErrNoRows) {
		return reply(http.StatusNotFound, map[string]string{"error": "Customer not found"}), nil
	}
	if err != nil {
		a.log.ErrorContext(ctx, "load customer", "err", err, "customer", in.CustomerID)
		return reply(http.StatusInternalServerError, map[string]string{"error": "Internal server error", "requestId": req.RequestContext.RequestID}), nil
	}
	skus := make([]string, 0, len(in.Lines))
	for _, l := range in.Lines {
		skus = append(skus, l.SKU)
	}
	rows, err := a.db.Query(ctx, `SELECT sku, price_cents FROM products WHERE sku = ANY($1) AND currency = $2`, skus, in.Currency)
	if err != nil {
		a.log.ErrorContext(ctx, "load prices", "err", err)
		return reply(http.StatusInternalServerError, map[string]string{"error": "Internal server error", "requestId": req.RequestContext.RequestID}), nil
	}
	defer rows.Close()
	prices := make(map[string]int64, len(skus))
	for rows.Next() {
		var sku string
		var cents int64
		if err := rows.Scan(&sku, &cents); err != nil {
			a.log.ErrorContext(ctx, "scan price", "err", err)
			return reply(http.StatusInternalServerError, map[string]string{"error": "Internal server error", "requestId": req.RequestContext.RequestID}), nil
		}
		prices[sku] = cents
	}
	if err := rows.Err(); err != nil {
		a.log.ErrorContext(ctx, "read prices", "err", err)
		return reply(http.StatusInternalServerError, map[string]string{"error": "Internal server error", "requestId": req.RequestContext.RequestID}), nil
	}

	// Price.
	var subtotal int64
	for _, l := range in.Lines {
		cents, ok := prices[l.SKU]
		if !ok {
			return reply(http.StatusBadRequest, map[string]any{"error": "Validation failed", "details": []string{"unknown sku " + l.SKU}}), nil
		}
		subtotal += cents * int64(l.Quantity)
	}
	discount := int64(0)
	if tier == "gold" || (in.Coupon == "WELCOME10" && subtotal >= 5000) {
		discount = subtotal / 10
	}
	shipping := int64(0)
	if in.Shipping.Method == "express" {
		shipping = 1500
	} else if in.Shipping.Method == "standard" && subtotal-discount < 5000 {
		shipping = 490
	}
	tax := int64(math.Round(float64(subtotal-discount+shipping) * rate))
	total := subtotal - discount + shipping + tax

	// Store, once per idempotency key.
	var orderID string
	var created time.Time
	err = a.db.QueryRow(ctx, `
		INSERT INTO orders (idempotency_key, customer_id, currency, subtotal_cents, discount_cents,
		                    shipping_cents, tax_cents, total_cents, shipping_method, country)
		VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)
		ON CONFLICT (idempotency_key) DO UPDATE SET idempotency_key = EXCLUDED.idempotency_key
		RETURNING id, created_at`,
		idemKey, in.CustomerID, in.Currency, subtotal, discount, shipping, tax, total,
		in.Shipping.Method, in.Shipping.Country,
	).Scan(&orderID, &created)
	if err != nil {
		a.log.ErrorContext(ctx, "store order", "err", err, "customer", in.CustomerID)
		return reply(http.StatusInternalServerError, map[string]string{"error": "Internal server error", "requestId": req.RequestContext.RequestID}), nil
	}

	// Format.
	money := func(cents int64) string { return fmt.Sprintf("%d.%02d %s", cents/100, cents%100, in.Currency) }
	resp := reply(http.StatusCreated, map[string]any{
		"id":        orderID,
		"createdAt": created.UTC().Format(time.RFC3339),
		"subtotal":  money(subtotal),
		"discount":  money(discount),
		"shipping":  money(shipping),
		"tax":       money(tax),
		"total":     money(total),
		"lines":     len(in.Lines),
	})
	resp.Headers["Location"] = "/orders/" + orderID
	return resp, nil
}

func main() {
	dsn := os.Getenv("DATABASE_URL")
	if dsn == "" {
		fmt.Fprintln(os.Stderr, "DATABASE_URL is required")
		os.Exit(1)
	}
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	db, err := pgx.Connect(ctx, dsn)
	cancel()
	if err != nil {
		fmt.Fprintln(os.Stderr, "connect to database:", err)
		os.Exit(1)
	}
	a := &app{db: db, log: slog.New(slog.NewJSONHandler(os.Stdout, nil))}
	lambda.Start(a.createOrder)
}
