// Package files reads files shipped with the function on every request.
package files

import (
	"encoding/json"
	"io/ioutil"
	"net/http"
	"os"
)

type settings struct {
	Regions []string `json:"regions"`
}

// Regions answers the regions of the bundled configuration.
func Regions(w http.ResponseWriter, r *http.Request) { // want Regions:`constant os\.ReadFile`
	data, err := os.ReadFile("config/settings.json") // want `os.ReadFile of a constant path runs on every invocation \(Regions\); read it once at init or embed it with go:embed`
	if err != nil {
		http.Error(w, `{"error":"Internal server error"}`, http.StatusInternalServerError)
		return
	}
	var s settings
	if err := json.Unmarshal(data, &s); err != nil {
		http.Error(w, `{"error":"Internal server error"}`, http.StatusInternalServerError)
		return
	}
	_ = json.NewEncoder(w).Encode(s.Regions)
}

// Legal answers the bundled terms through the deprecated ioutil.
func Legal(w http.ResponseWriter, r *http.Request) { // want Legal:`constant ioutil\.ReadFile`
	terms, _ := ioutil.ReadFile("/var/task/terms.txt") // want `ioutil.ReadFile of a constant path runs on every invocation \(Legal\)`
	_, _ = w.Write(terms)
}

// Scratch reads what an earlier invocation left in /tmp and the memory
// counters of the instance: both change while the instance lives.
func Scratch(w http.ResponseWriter, r *http.Request) {
	cached, _ := os.ReadFile("/tmp/cache.json")
	status, _ := os.ReadFile("/proc/self/status")
	named, _ := os.ReadFile(r.URL.Query().Get("name"))
	fromEnv, _ := os.ReadFile(os.Getenv("EXTRA_FILE"))
	_, _ = w.Write(append(append(append(cached, status...), named...), fromEnv...))
}
