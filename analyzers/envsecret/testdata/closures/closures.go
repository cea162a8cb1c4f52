// Package closures passes keys through captured variables and function
// literals.
package main

import (
	"crypto/hmac"
	"crypto/sha256"
	"net/http"
	"os"

	"github.com/golang-jwt/jwt/v5"
)

func main() {
	secretKey := []byte("captured-signing-key") // want `hard-coded secret in secretKey`
	keyFn := func(*jwt.Token) (any, error) { return secretKey, nil }

	legacy := "legacy-hmac-key-01"
	sign := func(body []byte) []byte {
		m := hmac.New(sha256.New, []byte(legacy)) // want `hard-coded HMAC key`
		m.Write(body)
		return m.Sum(nil)
	}

	envKey := os.Getenv("WEBHOOK_KEY")
	verifyHook := func(body []byte) []byte {
		m := hmac.New(sha256.New, []byte(envKey)) // want `HMAC key from os.Getenv\("WEBHOOK_KEY"\) is not checked`
		m.Write(body)
		return m.Sum(nil)
	}

	checked := os.Getenv("CALLBACK_KEY")
	if checked == "" {
		panic("CALLBACK_KEY is not set")
	}
	callback := func(body []byte) []byte {
		m := hmac.New(sha256.New, []byte(checked))
		m.Write(body)
		return m.Sum(nil)
	}

	http.HandleFunc("/hook", func(w http.ResponseWriter, r *http.Request) {
		if _, err := jwt.Parse(r.Header.Get("Authorization"), keyFn, jwt.WithValidMethods([]string{"HS256"})); err != nil {
			w.WriteHeader(http.StatusUnauthorized)
			return
		}
		_ = sign(nil)
		_ = verifyHook(nil)
		_ = callback(nil)
	})
	http.ListenAndServe(":8080", nil)
}
