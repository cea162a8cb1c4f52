// Package tokens reads bearer tokens without verifying them.
package tokens

import (
	"net/http"
	"strings"

	"github.com/golang-jwt/jwt/v5"
)

// Peek returns the claims of the request's token, unverified.
func Peek(r *http.Request) (jwt.MapClaims, error) { // want Peek:`unverified\(claims=\[0\]\)`
	raw := strings.TrimPrefix(r.Header.Get("Authorization"), "Bearer ")
	claims := jwt.MapClaims{}
	_, _, err := jwt.NewParser().ParseUnverified(raw, claims)
	return claims, err
}

// Unverified returns the token of the request, unverified.
func Unverified(raw string) (*jwt.Token, error) { // want Unverified:`unverified\(tokens=\[0\]\)`
	tok, _, err := jwt.NewParser().ParseUnverified(raw, jwt.MapClaims{})
	return tok, err
}
