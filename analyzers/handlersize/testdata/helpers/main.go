// Package main keeps its handler short and its steps in helpers: the
// helpers are large, but they are not handlers and are not measured.
package main

import (
	"encoding/json"
	"errors"
	"fmt"
	"net/http"
	"strings"
)

type invoice struct {
	Customer string   `json:"customer"`
	Lines    []string `json:"lines"`
	Currency string   `json:"currency"`
	Country  string   `json:"country"`
}

func createInvoice(w http.ResponseWriter, r *http.Request) {
	inv, err := decodeInvoice(r)
	if err != nil {
		http.Error(w, err.Error(), http.StatusBadRequest)
		return
	}
	total, err := Price(inv)
	if err != nil {
		http.Error(w, "pricing unavailable", http.StatusInternalServerError)
		return
	}
	_ = json.NewEncoder(w).Encode(map[string]any{"total": total})
}

// decodeInvoice nests deeper and branches more than a handler may.
func decodeInvoice(r *http.Request) (invoice, error) {
	var inv invoice
	if err := json.NewDecoder(r.Body).Decode(&inv); err != nil {
		return inv, errors.New("invalid JSON")
	}
	for i, l := range inv.Lines {
		if l != "" {
			for _, part := range strings.Split(l, ";") {
				if part != "" {
					switch {
					case strings.HasPrefix(part, "sku=") && len(part) > 4:
					case strings.HasPrefix(part, "qty=") || strings.HasPrefix(part, "n="):
					case strings.HasPrefix(part, "note=") && len(part) < 200:
					default:
						return inv, fmt.Errorf("line %d: unknown field %q", i, part)
					}
				}
			}
		}
	}
	if inv.Customer == "" || inv.Currency == "" || inv.Country == "" || len(inv.Lines) == 0 {
		return inv, errors.New("customer, currency, country and lines are required")
	}
	if len(inv.Currency) != 3 || strings.ToUpper(inv.Currency) != inv.Currency {
		return inv, errors.New("currency must be an ISO 4217 code")
	}
	return inv, nil
}

// Price is exported and large, but nothing imports package main: it is a
// helper and has no fact.
func Price(inv invoice) (float64, error) {
	total := 0.0
	for _, l := range inv.Lines {
		for _, part := range strings.Split(l, ";") {
			if strings.HasPrefix(part, "qty=") {
				for _, c := range part[4:] {
					if c < '0' || c > '9' {
						return 0, fmt.Errorf("bad quantity %q", part)
					}
					total += float64(c - '0')
				}
			}
		}
	}
	switch inv.Country {
	case "DE", "FR", "NL":
		total *= 1.2
	case "CH":
		total *= 1.081
	case "US", "CA":
	default:
		return 0, errors.New("unsupported country")
	}
	return total, nil
}

func main() {
	http.HandleFunc("POST /invoices", createInvoice)
	_ = http.ListenAndServe(":8080", nil)
}
