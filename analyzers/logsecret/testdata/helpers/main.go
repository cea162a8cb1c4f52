// Command helpers logs through helpers, closures and method values.
package main

import (
	"log"
	"net/http"
)

// logKV is a logging helper: its value parameter reaches log.Printf.
func logKV(key, value string) {
	log.Printf("%s=%s", key, value)
}

// bearer returns the token of the request.
func bearer(r *http.Request) string {
	const prefix = "Bearer "
	h := r.Header.Get("Authorization")
	if len(h) > len(prefix) {
		return h[len(prefix):]
	}
	return ""
}

type audit struct{ l *log.Logger }

func (a *audit) record(what string, v any) { a.l.Printf("%s: %v", what, v) }

func handler(a *audit) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		logKV("auth", r.Header.Get("Authorization")) // want `logKV \(through log.Printf\) logs the "Authorization" header`
		log.Printf("token %s", bearer(r))            // want `log.Printf logs the "Authorization" header`
		rec := a.record
		rec("request", r) // want `\(\*audit\).record \(through \(\*log.Logger\).Printf\) logs the whole request with its headers`
		logLater := func(v string) { log.Println("later:", v) }
		logLater(r.Header.Get("Cookie")) // want `handler.func1.func1 \(through log.Println\) logs the "Cookie" header`

		// Quiet: the helpers called with what identifies the request.
		logKV("path", r.URL.Path)
		a.record("method", r.Method)
		logLater(r.Header.Get("X-Request-Id"))
		w.WriteHeader(http.StatusNoContent)
	}
}

func main() {
	http.Handle("/", handler(&audit{l: log.Default()}))
	http.ListenAndServe(":8080", nil)
}
