// Package main serves files, reports and webhooks over net/http.
package main

import (
	"encoding/json"
	"io"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
)

const reportDir = "/var/reports"

type hook struct {
	URL   string `json:"url"`
	Event string `json:"event"`
}

func download(w http.ResponseWriter, r *http.Request) {
	name := r.URL.Query().Get("name")
	f, err := os.Open(filepath.Join(reportDir, name)) // want `query parameter "name" reaches the file path of os.Open unvalidated`
	if err != nil {
		http.Error(w, "not found", http.StatusNotFound)
		return
	}
	defer f.Close()
	io.Copy(w, f)
}

func convert(w http.ResponseWriter, r *http.Request) {
	format := r.FormValue("format")
	out, err := exec.CommandContext(r.Context(), "convert", "-format", format, "in.pdf").Output() // want `form value "format" reaches the command of exec.CommandContext unvalidated`
	if err != nil {
		http.Error(w, "conversion failed", http.StatusInternalServerError)
		return
	}
	w.Write(out)
}

func login(w http.ResponseWriter, r *http.Request) {
	next := r.URL.Query().Get("next")
	http.Redirect(w, r, next, http.StatusFound) // want `query parameter "next" reaches the redirect URL of http.Redirect unvalidated`
}

func register(w http.ResponseWriter, r *http.Request) {
	var h hook
	if err := json.NewDecoder(r.Body).Decode(&h); err != nil { // want `json.NewDecoder reads the request body with no size limit; wrap r.Body with http.MaxBytesReader first`
		http.Error(w, "invalid JSON", http.StatusInternalServerError) // want `error of \(\*json.Decoder\).Decode answered with 500; a request that does not decode is a client error: answer 400`
		return
	}
	resp, err := http.Post(h.URL, "application/json", nil) // want `request body decoded into h reaches the URL of http.Post unvalidated`
	if err != nil {
		w.WriteHeader(http.StatusBadGateway)
		return
	}
	resp.Body.Close()
}

func upload(w http.ResponseWriter, r *http.Request) {
	data, err := io.ReadAll(r.Body) // want `io.ReadAll reads the request body with no size limit`
	if err != nil {
		w.WriteHeader(http.StatusBadRequest)
		return
	}
	var h hook
	if err := json.Unmarshal(data, &h); err != nil {
		w.WriteHeader(500) // want `error of json.Unmarshal answered with 500`
		return
	}
	tenant := r.Header.Get("X-Tenant")
	os.WriteFile(filepath.Join("/tmp", tenant, h.Event), data, 0o600) // want `header "X-Tenant" reaches the file path of os.WriteFile unvalidated` `request body decoded into h reaches the file path`
}

func main() {
	http.HandleFunc("/download", download)
	http.HandleFunc("/convert", convert)
	http.HandleFunc("/login", login)
	http.HandleFunc("/hooks", register)
	http.HandleFunc("/upload", upload)
	http.ListenAndServe(":8080", nil)
}
