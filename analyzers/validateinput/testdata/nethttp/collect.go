package main

import (
	"encoding/json"
	"log"
	"net/http"
	"strings"
)

// collectProblems gathers what is wrong with the hook and answers 400 when
// anything is: the checks validate, although none of them returns.
func collectProblems(w http.ResponseWriter, r *http.Request) {
	var h struct{ URL, Event string }
	if err := json.NewDecoder(http.MaxBytesReader(w, r.Body, 1<<20)).Decode(&h); err != nil {
		http.Error(w, "invalid JSON", http.StatusBadRequest)
		return
	}
	var problems []string
	if !strings.HasPrefix(h.URL, "https://hooks.example.com/") {
		problems = append(problems, "url: not an allowed host")
	}
	if h.Event == "" {
		problems = append(problems, "event: required")
	}
	if len(problems) > 0 {
		http.Error(w, strings.Join(problems, "; "), http.StatusBadRequest)
		return
	}
	if resp, err := http.Post(h.URL, "application/json", nil); err == nil {
		resp.Body.Close()
	}
}

// collectUnchecked gathers the problems and never looks at them.
func collectUnchecked(w http.ResponseWriter, r *http.Request) {
	var h struct{ URL string }
	if err := json.NewDecoder(http.MaxBytesReader(w, r.Body, 1<<20)).Decode(&h); err != nil {
		http.Error(w, "invalid JSON", http.StatusBadRequest)
		return
	}
	var problems []string
	if h.URL == "" {
		problems = append(problems, "url: required")
	}
	log.Println(problems)
	if resp, err := http.Post(h.URL, "application/json", nil); err == nil { // want `request body decoded into h reaches the URL of http.Post unvalidated`
		resp.Body.Close()
	}
}

// collectCounted counts the problems instead.
func collectCounted(w http.ResponseWriter, r *http.Request) {
	var h struct{ URL string }
	if err := json.NewDecoder(http.MaxBytesReader(w, r.Body, 1<<20)).Decode(&h); err != nil {
		http.Error(w, "invalid JSON", http.StatusBadRequest)
		return
	}
	bad := 0
	if !strings.HasPrefix(h.URL, "https://") {
		bad++
	}
	if bad != 0 {
		http.Error(w, "url must be https", http.StatusBadRequest)
		return
	}
	if resp, err := http.Post(h.URL, "application/json", nil); err == nil {
		resp.Body.Close()
	}
}
