// Package health is a small handler that stays under every threshold.
package health

import (
	"encoding/json"
	"net/http"
	"time"
)

var started = time.Now()

// Handle reports that the function is up.
func Handle(w http.ResponseWriter, r *http.Request) {
	w.Header().Set("Content-Type", "application/json")
	json.NewEncoder(w).Encode(map[string]any{
		"status": "ok",
		"uptime": time.Since(started).String(),
	})
}
