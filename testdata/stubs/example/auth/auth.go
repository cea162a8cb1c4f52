// Package auth is a template fixture: JWT verification with a pinned
// algorithm, on requests of fnlint's runtime.
package auth

import (
	"context"

	"github.com/fnlint/fnlint/fn"
	"github.com/golang-jwt/jwt/v5"
)

// Verify verifies a bearer token with an HMAC key.
func Verify(token string, key []byte) (*jwt.RegisteredClaims, error) {
	var claims jwt.RegisteredClaims
	_, err := jwt.ParseWithClaims(token, &claims, func(*jwt.Token) (any, error) { return key, nil },
		jwt.WithValidMethods([]string{jwt.SigningMethodHS256.Alg()}), jwt.WithExpirationRequired())
	return &claims, err
}

// Handle is a request function of the runtime.
var Handle fn.RequestFunc = func(ctx context.Context, ev *fn.Event) (*fn.Response, error) {
	return &fn.Response{}, nil
}
