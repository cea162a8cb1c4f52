// Package main serves handlers registered on a ServeMux: a function, an
// http.Handler value and a function converted to http.HandlerFunc.
package main

import (
	"io"
	"net/http"
	"path"
	"strings"
)

type uploads struct {
	maxBytes int64
	allowed  map[string]bool
}

func (u *uploads) ServeHTTP(w http.ResponseWriter, r *http.Request) { // want `handler \(\*uploads\).ServeHTTP has cyclomatic complexity 17 \(max 15\)`
	if r.Method != http.MethodPost && r.Method != http.MethodPut {
		w.Header().Set("Allow", "POST, PUT")
		w.WriteHeader(http.StatusMethodNotAllowed)
		return
	}
	name := path.Base(r.URL.Path)
	if name == "." || name == "/" || strings.HasPrefix(name, ".") {
		http.Error(w, "invalid name", http.StatusBadRequest)
		return
	}
	ext := strings.ToLower(path.Ext(name))
	if !u.allowed[ext] && ext != ".txt" {
		http.Error(w, "type not allowed", http.StatusUnsupportedMediaType)
		return
	}
	switch ct := r.Header.Get("Content-Type"); {
	case ct == "":
		http.Error(w, "missing content type", http.StatusBadRequest)
		return
	case strings.Contains(ct, ";") && !strings.Contains(ct, "charset="):
		http.Error(w, "unsupported content type parameter", http.StatusBadRequest)
		return
	case strings.HasPrefix(ct, "multipart/") || strings.HasPrefix(ct, "application/x-www-form"):
		http.Error(w, "send the raw file", http.StatusUnsupportedMediaType)
		return
	}
	if r.ContentLength < 0 || r.ContentLength > u.maxBytes {
		http.Error(w, "too large", http.StatusRequestEntityTooLarge)
		return
	}
	n, err := io.Copy(io.Discard, io.LimitReader(r.Body, u.maxBytes))
	if err != nil || n != r.ContentLength {
		http.Error(w, "incomplete upload", http.StatusBadRequest)
		return
	}
	w.WriteHeader(http.StatusCreated)
}

func tags(w http.ResponseWriter, r *http.Request) { // want `handler tags nests control statements 5 deep \(max 4\)`
	for key, values := range r.URL.Query() {
		if strings.HasPrefix(key, "tag.") {
			for _, v := range values {
				if v != "" {
					for _, part := range strings.Split(v, "|") {
						io.WriteString(w, key+"="+part+"\n")
					}
				}
			}
		}
	}
}

func main() {
	mux := http.NewServeMux()
	mux.Handle("/uploads/", &uploads{maxBytes: 10 << 20, allowed: map[string]bool{".png": true}})
	mux.Handle("/tags", http.HandlerFunc(tags))
	_ = http.ListenAndServe(":8080", mux)
}
