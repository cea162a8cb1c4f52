// Package lazyinit initialises package variables on first use in net/http
// handlers, with and without sync.Once.
package main

import (
	"database/sql"
	"net/http"
	"os"
	"regexp"
	"sync"
	"text/template"
)

type config struct {
	Table  string
	Region string
}

var (
	db       *sql.DB
	cfg      *config
	loaded   bool
	settings map[string]string
	routes   = map[string]*regexp.Regexp{}
)

func getDB() (*sql.DB, error) {
	if db == nil {
		conn, err := sql.Open("postgres", os.Getenv("DSN"))
		if err != nil {
			return nil, err
		}
		db = conn // want `lazy initialisation of db without sync.Once races when invocations run concurrently \(Orders → getDB\); use sync.OnceValue`
	}
	return db, nil
}

func loadSettings() {
	if !loaded {
		settings = map[string]string{"table": os.Getenv("TABLE")} // want `lazy initialisation of settings without sync.Once`
		loaded = true                                             // want `lazy initialisation of loaded without sync.Once`
	}
}

func getConfig() *config {
	if cfg != nil {
		return cfg
	}
	cfg = &config{Table: os.Getenv("TABLE"), Region: os.Getenv("AWS_REGION")} // want `lazy initialisation of cfg without sync.Once`
	return cfg
}

// Orders lists orders.
func Orders(w http.ResponseWriter, r *http.Request) {
	loadSettings()
	conn, err := getDB()
	if err != nil {
		http.Error(w, "unavailable", http.StatusServiceUnavailable)
		return
	}
	_ = conn
	_, _ = w.Write([]byte(getConfig().Table))
}

var (
	once      sync.Once
	tmpl      *template.Template
	tmplMu    sync.Mutex
	pattern   *regexp.Regexp
	getRegion = sync.OnceValue(func() string { return os.Getenv("AWS_REGION") })
)

func page() *template.Template {
	once.Do(func() {
		tmpl = template.Must(template.New("page").Parse("{{.}}"))
	})
	return tmpl
}

func matcher() *regexp.Regexp {
	if pattern == nil {
		tmplMu.Lock()
		if pattern == nil {
			pattern = regexp.MustCompile(`^/orders/[0-9]+$`)
		}
		tmplMu.Unlock()
	}
	return pattern
}

// Page renders a page; its lazy state is guarded by sync.Once and a mutex.
func Page(w http.ResponseWriter, r *http.Request) {
	if !matcher().MatchString(r.URL.Path) {
		http.NotFound(w, r)
		return
	}
	_ = page().Execute(w, getRegion())
	if re := routes[r.URL.Path]; re == nil {
		// A lookup only: the map is read, not written.
		http.NotFound(w, r)
	}
}

func main() {}
