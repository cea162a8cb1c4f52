// Command nethttp serves requests and logs what it should not.
package main

import (
	"log"
	"net/http"
	"net/http/httputil"
	"os"
	"strings"

	"github.com/golang-jwt/jwt/v5"
)

var logger = log.New(os.Stderr, "orders ", log.LstdFlags)

func orders(w http.ResponseWriter, r *http.Request) {
	log.Printf("incoming %v", r) // want `log.Printf logs the whole request with its headers`

	dump, _ := httputil.DumpRequest(r, true)
	logger.Printf("dump: %s", dump) // want `\(\*log.Logger\).Printf logs a dump of the request with its headers`

	auth := r.Header.Get("Authorization")
	parts := strings.SplitN(auth, " ", 2)
	if len(parts) == 2 {
		log.Printf("token %s", parts[1]) // want `log.Printf logs the "Authorization" header`
	}
	if c, err := r.Cookie("session"); err == nil {
		log.Printf("session %s", c.Value) // want `log.Printf logs a cookie value`
	}
	if user, pass, ok := r.BasicAuth(); ok {
		log.Printf("login %s:%s", user, pass) // want `log.Printf logs the basic auth password`
	}
	log.Println(r.Header)                     // want `log.Println logs all request headers`
	log.Println("key", r.Header["X-Api-Key"]) // want `log.Println logs the "X-Api-Key" header`

	tok, err := jwt.Parse(strings.TrimPrefix(auth, "Bearer "), keyFunc, jwt.WithValidMethods([]string{"HS256"}))
	if err != nil {
		log.Printf("invalid token %s: %v", tok.Raw, err) // want `log.Printf logs a raw JWT`
		http.Error(w, "unauthorized", http.StatusUnauthorized)
		return
	}
	log.Println("token:", tok) // want `log.Println logs a JWT with its raw token`
	password := r.FormValue("password")
	log.Printf("password attempt %q", password) // want `log.Printf logs the variable password`

	// Quiet: what identifies the request, and the presence of credentials.
	log.Printf("%s %s from %s (request %s)", r.Method, r.URL.Path, r.RemoteAddr, r.Header.Get("X-Request-Id"))
	log.Printf("authorization present: %t", auth != "")
	log.Printf("bearer: %t, parts: %d", strings.HasPrefix(auth, "Bearer "), len(parts))
	_, cookieErr := r.Cookie("session")
	log.Printf("session cookie: %v", cookieErr == nil)
	log.Printf("user agent %s, content length %d", r.UserAgent(), r.ContentLength)
	passwordField := "password"
	log.Printf("reading form field %s", passwordField)
	w.WriteHeader(http.StatusOK)
}

func keyFunc(*jwt.Token) (any, error) { return []byte(os.Getenv("JWT_KEY")), nil }

func main() {
	// main is init scope: a startup line is not per invocation.
	log.Printf("JWT key is %d bytes", len(os.Getenv("JWT_KEY")))
	http.HandleFunc("/orders", orders)
	log.Fatal(http.ListenAndServe(":8080", nil))
}
