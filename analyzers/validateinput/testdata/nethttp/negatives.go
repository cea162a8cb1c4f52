package main

import (
	"encoding/json"
	"io"
	"net/http"
	"net/url"
	"os"
	"path/filepath"
	"strings"
)

var formats = map[string]bool{"png": true, "pdf": true}

// downloadBase keeps the name to its last element and checks it.
func downloadBase(w http.ResponseWriter, r *http.Request) {
	name := r.PathValue("name")
	if name == "" || strings.Contains(name, "..") {
		http.Error(w, "bad name", http.StatusBadRequest)
		return
	}
	data, err := os.ReadFile(filepath.Join(reportDir, name))
	if err != nil {
		http.Error(w, "not found", http.StatusNotFound)
		return
	}
	w.Write(data)
}

// convertAllowed checks the format against an allow-list.
func convertAllowed(w http.ResponseWriter, r *http.Request) {
	format := r.FormValue("format")
	if !formats[format] {
		http.Error(w, "unknown format", http.StatusBadRequest)
		return
	}
	os.Remove(filepath.Join("/tmp", "out."+format))
}

// loginLocal only redirects to local paths.
func loginLocal(w http.ResponseWriter, r *http.Request) {
	next := r.URL.Query().Get("next")
	u, err := url.Parse(next)
	if err != nil || u.IsAbs() || !strings.HasPrefix(next, "/") {
		http.Error(w, "bad redirect", http.StatusBadRequest)
		return
	}
	http.Redirect(w, r, next, http.StatusFound)
}

// registerLimited limits the body and checks the hook URL.
func registerLimited(w http.ResponseWriter, r *http.Request) {
	r.Body = http.MaxBytesReader(w, r.Body, 64<<10)
	var h hook
	if err := json.NewDecoder(r.Body).Decode(&h); err != nil {
		http.Error(w, "invalid JSON", http.StatusBadRequest)
		return
	}
	if !strings.HasPrefix(h.URL, "https://hooks.example.com/") {
		http.Error(w, "bad hook URL", http.StatusBadRequest)
		return
	}
	resp, err := http.Post(h.URL, "application/json", nil)
	if err != nil {
		w.WriteHeader(http.StatusBadGateway)
		return
	}
	resp.Body.Close()
}

// uploadLimitReader reads through io.LimitReader and writes to a fixed
// path: the body is content, not a path.
func uploadLimitReader(w http.ResponseWriter, r *http.Request) {
	data, err := io.ReadAll(io.LimitReader(r.Body, 1<<20))
	if err != nil {
		w.WriteHeader(http.StatusBadRequest)
		return
	}
	os.WriteFile("/tmp/upload.bin", data, 0o600)
}

// echoHeader reads a header and answers it back: no sink.
func echoHeader(w http.ResponseWriter, r *http.Request) {
	w.Header().Set("X-Request-Id", r.Header.Get("X-Request-Id"))
	w.WriteHeader(http.StatusNoContent)
}

// decodeErrorAfterValidate answers 500 for a store failure, not for the
// decode.
func decodeErrorAfterValidate(w http.ResponseWriter, r *http.Request) {
	r.Body = http.MaxBytesReader(w, r.Body, 1<<20)
	var h hook
	err := json.NewDecoder(r.Body).Decode(&h)
	if err != nil {
		w.WriteHeader(http.StatusBadRequest)
		return
	}
	if err := save(h); err != nil {
		w.WriteHeader(http.StatusInternalServerError)
	}
}

func save(h hook) error { return nil }
