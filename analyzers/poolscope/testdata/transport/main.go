// Package main calls a partner API from its handlers with HTTP clients
// built in every way.
package main

import (
	"crypto/tls"
	"net/http"
	"time"
)

var shared = &http.Transport{MaxIdleConnsPerHost: 10}

func proxy(w http.ResponseWriter, r *http.Request) {
	client := &http.Client{
		Timeout: 5 * time.Second,
		Transport: &http.Transport{ // want `http.Transport runs on every invocation \(proxy\); create one transport at init and reuse it across invocations`
			TLSClientConfig: &tls.Config{MinVersion: tls.VersionTLS12},
		},
	}
	resp, err := client.Get("https://partner.example.com/v1/status")
	if err != nil {
		http.Error(w, `{"error":"upstream"}`, http.StatusBadGateway)
		return
	}
	defer resp.Body.Close()
	w.WriteHeader(resp.StatusCode)
}

func cloned(w http.ResponseWriter, r *http.Request) {
	t := http.DefaultTransport.(*http.Transport).Clone() // want `http.Transport runs on every invocation \(cloned\)`
	t.MaxIdleConns = 5
	t2 := new(http.Transport) // want `http.Transport runs on every invocation \(cloned\)`
	_ = &http.Client{Transport: t}
	_ = t2
}

// Quiet: a client with no transport uses http.DefaultTransport, pooled
// across invocations; a client on a shared transport too.
func timeouts(w http.ResponseWriter, r *http.Request) {
	c := &http.Client{Timeout: 3 * time.Second}
	resp, err := c.Get("https://partner.example.com/v1/ping")
	if err == nil {
		resp.Body.Close()
	}
	c2 := &http.Client{Transport: shared, Timeout: time.Second}
	resp, err = c2.Get("https://partner.example.com/v1/ping")
	if err == nil {
		resp.Body.Close()
	}
	resp, err = http.DefaultClient.Get("https://partner.example.com/v1/ping")
	if err == nil {
		resp.Body.Close()
	}
}

func main() {
	http.HandleFunc("/proxy", proxy)
	http.HandleFunc("/cloned", cloned)
	http.HandleFunc("/timeouts", timeouts)
	_ = http.ListenAndServe(":8080", nil)
}
