// Package main uses the tokens and keys of other packages.
package main

import (
	"errors"
	"net/http"

	"example.com/fixtures/crosspkg/keys"
	"example.com/fixtures/crosspkg/tokens"
	"github.com/golang-jwt/jwt/v5"
)

func admin(w http.ResponseWriter, r *http.Request) {
	claims, err := tokens.Peek(r) // want `tokens.Peek \(claims of an unverified token\) decides access`
	if err != nil {
		w.WriteHeader(http.StatusUnauthorized)
		return
	}
	if claims["admin"] != true {
		w.WriteHeader(http.StatusForbidden)
	}
}

func owner(w http.ResponseWriter, r *http.Request) {
	tok, err := tokens.Unverified(r.Header.Get("Authorization")) // want `tokens.Unverified \(claims of an unverified token\) decides access`
	if err != nil {
		return
	}
	if sub, _ := tok.Claims.GetSubject(); sub != r.PathValue("user") {
		w.WriteHeader(http.StatusForbidden)
	}
}

// trace logs the claims of the peeked token, deciding nothing.
func trace(w http.ResponseWriter, r *http.Request) {
	claims, _ := tokens.Peek(r)
	w.Header().Set("X-Debug-Subject", claims["sub"].(string))
}

func verify(raw string) error {
	opts := []jwt.ParserOption{jwt.WithExpirationRequired()}
	if _, err := jwt.Parse(raw, keys.HMAC, opts...); err != nil {
		return err
	}
	if _, err := jwt.Parse(raw, keys.Loose, jwt.WithExpirationRequired()); err != nil { // want `jwt.Parse accepts whatever signing method the token names; pass jwt.WithValidMethods or check token.Method in the key func`
		return err
	}
	if _, err := jwt.Parse(raw, keys.Pinned([]byte("k")), jwt.WithExpirationRequired()); err != nil {
		return err
	}
	if _, err := jwt.Parse(raw, keys.Static([]byte("k")), jwt.WithExpirationRequired()); err != nil { // want `jwt.Parse accepts whatever signing method`
		return err
	}
	_, err := jwt.Parse(raw, func(t *jwt.Token) (any, error) {
		if err := keys.CheckAlg(t); err != nil {
			return nil, err
		}
		return []byte("k"), nil
	}, jwt.WithExpirationRequired())
	if err != nil {
		return errors.New("invalid token")
	}
	return nil
}

func main() {
	http.HandleFunc("/admin", admin)
	http.HandleFunc("/users/{user}", owner)
	http.HandleFunc("/trace", trace)
	_ = verify
}
