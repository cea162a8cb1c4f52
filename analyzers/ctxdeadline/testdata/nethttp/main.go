// Package main is a net/http function that proxies a pricing API and
// forgets the request's context on the way.
package main

import (
	"context"
	"encoding/json"
	"io"
	"net/http"
	"net/url"
	"time"
)

const pricingURL = "https://pricing.example.com/v1/quotes"

func quote(w http.ResponseWriter, r *http.Request) {
	req, err := http.NewRequest(http.MethodGet, pricingURL+"?sku="+url.QueryEscape(r.URL.Query().Get("sku")), nil) // want `http.NewRequest ignores the handler's deadline \(quote\); use http.NewRequestWithContext\(ctx, ...\)`
	if err != nil {
		http.Error(w, "bad sku", http.StatusBadRequest)
		return
	}
	resp, err := http.DefaultClient.Do(req) // want `http.DefaultClient has no timeout \(quote\); use an http.Client with a Timeout`
	if err != nil {
		http.Error(w, "pricing unavailable", http.StatusBadGateway)
		return
	}
	defer resp.Body.Close()
	w.Header().Set("Content-Type", "application/json")
	_, _ = io.Copy(w, resp.Body)
}

func status(w http.ResponseWriter, r *http.Request) {
	resp, err := http.Get(pricingURL + "/health") // want `http.Get ignores the handler's deadline and has no timeout \(status\); use http.NewRequestWithContext\(ctx, ...\) and a client with a Timeout`
	if err != nil {
		w.WriteHeader(http.StatusServiceUnavailable)
		return
	}
	resp.Body.Close()
	time.Sleep(50 * time.Millisecond) // want `time.Sleep ignores the handler's deadline \(status\); wait in a select on ctx.Done\(\) and time.After`
	w.WriteHeader(resp.StatusCode)
}

// client has a timeout: requests sent with it are bounded.
var client = &http.Client{Timeout: 3 * time.Second}

func refresh(w http.ResponseWriter, r *http.Request) {
	resp, err := client.Post(pricingURL+"/refresh", "application/json", r.Body) // want `\(\*http.Client\).Post ignores the handler's deadline \(refresh\); use http.NewRequestWithContext\(ctx, ...\) and Do`
	if err != nil {
		http.Error(w, "refresh failed", http.StatusBadGateway)
		return
	}
	resp.Body.Close()
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Second) // want `context.Background\(\) drops the handler's deadline \(refresh\); use the handler's ctx`
	defer cancel()
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, pricingURL, nil)
	if err != nil {
		http.Error(w, "bad request", http.StatusInternalServerError)
		return
	}
	resp, err = client.Do(req) // a client with a Timeout, a request with a context: fine
	if err != nil {
		http.Error(w, "pricing unavailable", http.StatusBadGateway)
		return
	}
	defer resp.Body.Close()
	var out map[string]any
	_ = json.NewDecoder(resp.Body).Decode(&out)
	_ = json.NewEncoder(w).Encode(out)
}

// warm runs at init: its request and its sleep are not per invocation.
func warm() {
	for range 3 {
		if resp, err := http.Get(pricingURL + "/health"); err == nil {
			resp.Body.Close()
			return
		}
		time.Sleep(time.Second)
	}
}

func main() {
	warm()
	http.HandleFunc("/quote", quote)
	http.HandleFunc("/status", status)
	http.HandleFunc("/refresh", refresh)
	_ = http.ListenAndServe(":8080", nil)
}
