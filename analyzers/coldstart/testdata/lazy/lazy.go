// Package lazy initialises on the first invocation of an instance: once
// per instance, not once per invocation.
package lazy

import (
	"net/http"
	"regexp"
	"strings"
	"sync"
)

var (
	mu     sync.Mutex
	slugRE *regexp.Regexp
	escape *strings.Replacer
)

// Slug compiles its pattern on the first call.
func Slug(w http.ResponseWriter, r *http.Request) {
	mu.Lock()
	if slugRE == nil {
		slugRE = regexp.MustCompile(`^[a-z-]+$`)
	}
	mu.Unlock()
	_, _ = w.Write([]byte(escaper().Replace(r.FormValue("s"))))
	if !slugRE.MatchString(r.FormValue("s")) {
		http.Error(w, `{"error":"invalid slug"}`, http.StatusBadRequest)
	}
}

func escaper() *strings.Replacer {
	if escape != nil {
		return escape
	}
	escape = strings.NewReplacer("<", "&lt;", ">", "&gt;")
	return escape
}

type server struct {
	patterns *regexp.Regexp
}

func (s *server) ServeHTTP(w http.ResponseWriter, r *http.Request) { // want ServeHTTP:`constant regexp\.MustCompile via compile`
	if s.patterns == nil {
		s.patterns = compile()
	}
	if !s.patterns.MatchString(r.URL.Path) {
		http.NotFound(w, r)
	}
}

func compile() *regexp.Regexp { // want compile:`constant regexp\.MustCompile`
	return regexp.MustCompile(`^/api/`)
}

// Unguarded stores into the variable on every call: reported.
func Unguarded(w http.ResponseWriter, r *http.Request) { // want Unguarded:`constant regexp\.MustCompile`
	slugRE = regexp.MustCompile(`^[a-z]+$`) // want `regexp.MustCompile of a constant runs on every invocation \(Unguarded\)`
	_, _ = w.Write([]byte(slugRE.String()))
}

// Register registers the server.
func Register() { http.Handle("/api/", &server{}) }
