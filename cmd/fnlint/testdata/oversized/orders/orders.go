// Package orders creates orders. Its handler does everything inline:
// parsing, validation, pricing, persistence and the answer.
package orders

import (
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"
	"strconv"
	"strings"
	"sync"
	"time"
)

type item struct {
	SKU      string `json:"sku"`
	Quantity int    `json:"quantity"`
}

type orderRequest struct {
	CustomerID string `json:"customerId"`
	Currency   string `json:"currency"`
	Coupon     string `json:"coupon"`
	Items      []item `json:"items"`
	Notes      string `json:"notes"`
}

type order struct {
	ID         string    `json:"id"`
	CustomerID string    `json:"customerId"`
	Currency   string    `json:"currency"`
	Total      int64     `json:"total"`
	Discount   int64     `json:"discount"`
	Lines      []line    `json:"lines"`
	CreatedAt  time.Time `json:"createdAt"`
}

type line struct {
	SKU      string `json:"sku"`
	Quantity int    `json:"quantity"`
	Price    int64  `json:"price"`
}

var (
	mu      sync.Mutex
	catalog = map[string]int64{"A-100": 1250, "B-200": 4999, "C-300": 199}
	stored  = map[string]order{}
	nextID  = 1
)

var errNotFound = errors.New("not found")

// Handle creates an order from a JSON request.
func Handle(w http.ResponseWriter, r *http.Request) {
	if r.Method != http.MethodPost {
		w.Header().Set("Allow", http.MethodPost)
		http.Error(w, `{"error":"Method not allowed"}`, http.StatusMethodNotAllowed)
		return
	}
	body, err := io.ReadAll(io.LimitReader(r.Body, 1<<20))
	if err != nil {
		http.Error(w, `{"error":"Invalid body"}`, http.StatusBadRequest)
		return
	}
	var req orderRequest
	if err := json.Unmarshal(body, &req); err != nil {
		http.Error(w, `{"error":"Invalid JSON"}`, http.StatusBadRequest)
		return
	}
	var problems []string
	if strings.TrimSpace(req.CustomerID) == "" {
		problems = append(problems, "customerId is required")
	}
	if req.Currency == "" {
		req.Currency = "EUR"
	}
	if req.Currency != "EUR" && req.Currency != "USD" {
		problems = append(problems, "currency must be EUR or USD")
	}
	if len(req.Items) == 0 {
		problems = append(problems, "items must not be empty")
	}
	if len(req.Notes) > 500 {
		problems = append(problems, "notes must be at most 500 characters")
	}
	for i, it := range req.Items {
		if it.SKU == "" {
			problems = append(problems, fmt.Sprintf("items[%d].sku is required", i))
		}
		if it.Quantity <= 0 {
			problems = append(problems, fmt.Sprintf("items[%d].quantity must be positive", i))
		}
	}
	if len(problems) > 0 {
		w.Header().Set("Content-Type", "application/json")
		w.WriteHeader(http.StatusBadRequest)
		json.NewEncoder(w).Encode(map[string]any{"error": "Validation failed", "details": problems})
		return
	}
	mu.Lock()
	defer mu.Unlock()
	o := order{CustomerID: req.CustomerID, Currency: req.Currency, CreatedAt: time.Now().UTC()}
	for _, it := range req.Items {
		price, ok := catalog[it.SKU]
		if !ok {
			err = fmt.Errorf("sku %s: %w", it.SKU, errNotFound)
			break
		}
		if req.Currency == "USD" {
			price = price * 108 / 100
		}
		o.Lines = append(o.Lines, line{SKU: it.SKU, Quantity: it.Quantity, Price: price})
		o.Total += price * int64(it.Quantity)
	}
	if errors.Is(err, errNotFound) {
		http.Error(w, `{"error":"Unknown product"}`, http.StatusNotFound)
		return
	}
	switch {
	case strings.HasPrefix(req.Coupon, "PCT"):
		pct, perr := strconv.Atoi(strings.TrimPrefix(req.Coupon, "PCT"))
		if perr != nil || pct <= 0 || pct > 50 {
			http.Error(w, `{"error":"Invalid coupon"}`, http.StatusBadRequest)
			return
		}
		o.Discount = o.Total * int64(pct) / 100
	case strings.HasPrefix(req.Coupon, "OFF"):
		off, perr := strconv.ParseInt(strings.TrimPrefix(req.Coupon, "OFF"), 10, 64)
		if perr != nil || off <= 0 {
			http.Error(w, `{"error":"Invalid coupon"}`, http.StatusBadRequest)
			return
		}
		o.Discount = min(off, o.Total)
	case req.Coupon != "":
		http.Error(w, `{"error":"Unknown coupon"}`, http.StatusBadRequest)
		return
	}
	o.Total -= o.Discount
	if o.Total < 0 {
		o.Total = 0
	}
	o.ID = fmt.Sprintf("ord-%06d", nextID)
	nextID++
	stored[o.ID] = o
	w.Header().Set("Content-Type", "application/json")
	w.Header().Set("Location", "/orders/"+o.ID)
	w.WriteHeader(http.StatusCreated)
	if err := json.NewEncoder(w).Encode(o); err != nil {
		fmt.Println("encode order:", err)
	}
}
