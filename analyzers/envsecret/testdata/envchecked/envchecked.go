// Package envchecked reads its keys from the environment and checks them
// in every way that counts: at init, in main, in the handler, through a
// helper that fails.
package main

import (
	"crypto/hmac"
	"crypto/sha256"
	"errors"
	"fmt"
	"log"
	"net/http"
	"os"
	"strings"

	"github.com/golang-jwt/jwt/v5"
)

// checkedAtInit is read and checked in init.
var checkedAtInit []byte

// checkedInMain is read at package scope and checked in main.
var checkedInMain = os.Getenv("SESSION_KEY")

// convertedKey is converted at package scope and checked in main.
var convertedKey = []byte(os.Getenv("CSRF_KEY"))

func csrfMAC(id string) []byte {
	mac := hmac.New(sha256.New, convertedKey)
	mac.Write([]byte(id))
	return mac.Sum(nil)
}

func init() {
	k := os.Getenv("JWT_VERIFY_KEY")
	if k == "" {
		log.Fatal("JWT_VERIFY_KEY is not set")
	}
	checkedAtInit = []byte(k)
}

func verify(raw string) (*jwt.Token, error) {
	return jwt.Parse(raw, func(*jwt.Token) (any, error) { return checkedAtInit, nil }, jwt.WithValidMethods([]string{"HS256"}))
}

func sessionMAC(id string) []byte {
	mac := hmac.New(sha256.New, []byte(checkedInMain))
	mac.Write([]byte(id))
	return mac.Sum(nil)
}

// Checked in the handler, with an early return.
func issue(w http.ResponseWriter, r *http.Request) {
	key := os.Getenv("JWT_SECRET")
	if key == "" {
		http.Error(w, "server misconfigured", http.StatusInternalServerError)
		return
	}
	s, err := jwt.New(jwt.SigningMethodHS256).SignedString([]byte(key))
	if err != nil {
		http.Error(w, "sign", http.StatusInternalServerError)
		return
	}
	fmt.Fprint(w, s)
}

// LookupEnv with its ok checked.
func lookupSigned(sub string) (string, error) {
	key, ok := os.LookupEnv("JWT_SECRET")
	if !ok {
		return "", errors.New("JWT_SECRET is not set")
	}
	return jwt.New(jwt.SigningMethodHS256).SignedString([]byte(key))
}

// A minimum length is a stronger check than non-empty.
func minLength(body []byte) ([]byte, error) {
	key := strings.TrimSpace(os.Getenv("WEBHOOK_KEY"))
	if len(key) < 32 {
		return nil, fmt.Errorf("WEBHOOK_KEY must be at least 32 bytes, got %d", len(key))
	}
	mac := hmac.New(sha256.New, []byte(key))
	mac.Write(body)
	return mac.Sum(nil), nil
}

// mustEnv panics when the variable is not set.
func mustEnv(name string) string {
	v := os.Getenv(name)
	if v == "" {
		panic("environment variable " + name + " is not set")
	}
	return v
}

// requireEnv returns an error when the variable is not set.
func requireEnv(name string) (string, error) {
	if v := os.Getenv(name); v != "" {
		return v, nil
	}
	return "", fmt.Errorf("environment variable %s is not set", name)
}

func viaHelpers(sub string) (string, error) {
	if _, err := jwt.New(jwt.SigningMethodHS256).SignedString([]byte(mustEnv("JWT_SECRET"))); err != nil {
		return "", err
	}
	key, err := requireEnv("REFRESH_SECRET")
	if err != nil {
		return "", err
	}
	return jwt.New(jwt.SigningMethodHS256).SignedString([]byte(key))
}

func main() {
	if len(checkedInMain) == 0 {
		log.Fatal("SESSION_KEY is not set")
	}
	if len(convertedKey) < 32 {
		log.Fatal("CSRF_KEY must be at least 32 bytes")
	}
	http.HandleFunc("/token", issue)
	http.HandleFunc("/verify", func(w http.ResponseWriter, r *http.Request) {
		if _, err := verify(r.Header.Get("Authorization")); err != nil {
			http.Error(w, "unauthorized", http.StatusUnauthorized)
			return
		}
		_ = sessionMAC(r.URL.Path)
		_ = csrfMAC(r.URL.Path)
		_, _ = lookupSigned(r.URL.Path)
		_, _ = minLength(nil)
		_, _ = viaHelpers(r.URL.Path)
	})
	log.Fatal(http.ListenAndServe(":8080", nil))
}
