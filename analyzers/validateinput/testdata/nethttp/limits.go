package main

import (
	"io"
	"net/http"
	"os"
	"path/filepath"
)

// limitedUpload limits the body as the check's own fix does: the store
// into r.Body keeps the body input, and does not make the header read
// after it request body.
func limitedUpload(w http.ResponseWriter, r *http.Request) {
	r.Body = http.MaxBytesReader(w, r.Body, 1<<20)
	data, err := io.ReadAll(r.Body)
	if err != nil {
		http.Error(w, "too large", http.StatusRequestEntityTooLarge)
		return
	}
	tenant := r.Header.Get("X-Tenant")
	os.WriteFile(filepath.Join("/tmp", tenant), data, 0o600) // want `header "X-Tenant" reaches the file path of os.WriteFile unvalidated`
}

// limitedPath reads a path from a limited body, unchecked.
func limitedPath(w http.ResponseWriter, r *http.Request) {
	name, err := io.ReadAll(io.LimitReader(r.Body, 256))
	if err != nil {
		http.Error(w, "bad body", http.StatusBadRequest)
		return
	}
	os.Remove(filepath.Join("/tmp", string(name))) // want `request body reaches the file path of os.Remove unvalidated`
}
