// Package api is a Vercel function: Handler is found by its signature
// alone, with no registration in sight.
package api

import (
	"encoding/json"
	"net/http"
)

type item struct {
	SKU     string   `json:"sku"`
	Qty     int      `json:"qty"`
	Options []string `json:"options"`
}

func Handler(w http.ResponseWriter, r *http.Request) { // want `handler Handler nests control statements 5 deep \(max 4\)`
	var items []item
	if err := json.NewDecoder(r.Body).Decode(&items); err != nil {
		http.Error(w, "invalid JSON", http.StatusBadRequest)
		return
	}
	total := 0
	for _, it := range items {
		if it.Qty > 0 {
			for _, opt := range it.Options {
				switch opt {
				case "gift":
					if it.Qty > 10 {
						http.Error(w, "too many gifts", http.StatusBadRequest)
						return
					}
				}
			}
			total += it.Qty
		}
	}
	_ = json.NewEncoder(w).Encode(map[string]int{"total": total})
}
