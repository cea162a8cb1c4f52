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

// macFor builds its key with a function literal that returns a parameter
// of macFor it captures: asking whether the literal returns its own
// parameter meets macFor's.
func macFor(prefix, tenant string, payload []byte) []byte {
	key := func(sep string) string { return prefix + sep + tenant }
	mac := hmac.New(sha256.New, []byte(key(":")))
	mac.Write(payload)
	return mac.Sum(nil)
}

// tenantMAC passes values it reads from the environment, checked.
func tenantMAC(payload []byte) []byte {
	prefix, tenant := os.Getenv("MAC_PREFIX"), os.Getenv("TENANT")
	if prefix == "" || tenant == "" {
		return nil
	}
	return macFor(prefix, tenant, payload)
}
