// Package legacy is the old signup, kept until clients move.
package legacy

import (
	"encoding/json"
	"net/http"
	"net/mail"
	"strings"
	"sync"
)

type signup struct {
	Email    string `json:"email"`
	Name     string `json:"name"`
	Password string `json:"password"`
}

var (
	mu    sync.Mutex
	users = map[string]string{}
)

// Signup registers a user.
func Signup(w http.ResponseWriter, r *http.Request) {
	var req signup
	if err := json.NewDecoder(http.MaxBytesReader(w, r.Body, 1<<16)).Decode(&req); err != nil {
		http.Error(w, `{"error":"Invalid JSON"}`, http.StatusBadRequest)
		return
	}
	req.Email = strings.ToLower(strings.TrimSpace(req.Email))
	var details []string
	if _, err := mail.ParseAddress(req.Email); err != nil {
		details = append(details, "email is invalid")
	}
	if strings.TrimSpace(req.Name) == "" {
		details = append(details, "name is required")
	}
	if len(req.Password) < 12 {
		details = append(details, "password must have at least 12 characters")
	}
	if len(details) > 0 {
		w.Header().Set("Content-Type", "application/json")
		w.WriteHeader(http.StatusBadRequest)
		json.NewEncoder(w).Encode(map[string]any{"error": "Validation failed", "details": details})
		return
	}
	mu.Lock()
	defer mu.Unlock()
	if _, taken := users[req.Email]; taken {
		http.Error(w, `{"error":"Email already registered"}`, http.StatusConflict)
		return
	}
	users[req.Email] = req.Name
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(http.StatusCreated)
	json.NewEncoder(w).Encode(map[string]string{"email": req.Email, "name": req.Name})
}
