// Package main serves net/http handlers in every registration form.
package main

import (
	"encoding/json"
	"net/http"
)

func health(w http.ResponseWriter, r *http.Request) { // want `handler request net/http registered`
	writeJSON(w, map[string]string{"status": "ok"})
}

func writeJSON(w http.ResponseWriter, v any) { // want `invocation health → writeJSON`
	_ = json.NewEncoder(w).Encode(v)
}

type users struct{ mux *http.ServeMux }

func (u *users) ServeHTTP(w http.ResponseWriter, r *http.Request) { // want `handler request net/http registered`
	switch r.Method {
	case http.MethodGet:
		u.list(w, r)
	default:
		w.WriteHeader(http.StatusMethodNotAllowed)
	}
}

// list has the handler signature but is called by ServeHTTP: a helper.
func (u *users) list(w http.ResponseWriter, r *http.Request) { // want `invocation \(\*users\).ServeHTTP → \(\*users\).list`
	writeJSON(w, []string{})
}

func items(w http.ResponseWriter, r *http.Request) { // want `handler request net/http registered`
}

type api struct{}

func (api) orders(w http.ResponseWriter, r *http.Request) { // want `handler request net/http registered`
}

func metrics(w http.ResponseWriter, r *http.Request) { // want `handler request net/http registered`
}

// middleware returns a handler that calls next.
func middleware(next http.Handler) http.Handler { // want `init`
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) { // want `handler request net/http registered`
		w.Header().Set("X-Frame-Options", "DENY")
		next.ServeHTTP(w, r)
	})
}

func main() { // want `init`
	mux := http.NewServeMux()
	mux.HandleFunc("/health", health)
	mux.Handle("/users", &users{mux: mux})
	mux.Handle("/items", http.HandlerFunc(items))
	mux.HandleFunc("/orders", api{}.orders)
	http.HandleFunc("/metrics", metrics)
	_ = http.ListenAndServe(":8080", middleware(mux))
}
