// Package jose reads go-jose tokens.
package jose

import (
	"errors"
	"net/http"
	"strings"

	jose "github.com/go-jose/go-jose/v4"
	"github.com/go-jose/go-jose/v4/jwt"
)

var algs = []jose.SignatureAlgorithm{jose.RS256}

type scopes struct {
	Scope string `json:"scope"`
}

// canWrite trusts the scope of a token whose signature it never checks.
func canWrite(r *http.Request) bool { // want canWrite:`unverified\(claims=\[0\]\)`
	tok, err := jwt.ParseSigned(strings.TrimPrefix(r.Header.Get("Authorization"), "Bearer "), algs)
	if err != nil {
		return false
	}
	var claims jwt.Claims
	var extra scopes
	if err := tok.UnsafeClaimsWithoutVerification(&claims, &extra); err != nil { // want `\(\*jwt.JSONWebToken\).UnsafeClaimsWithoutVerification decides access`
		return false
	}
	return claims.Issuer == "https://auth.example.com" && strings.Contains(extra.Scope, "write")
}

// subject verifies the token with the key the unverified issuer names:
// the issuer only picks the key.
func subject(raw string, keys map[string]any) (string, error) {
	tok, err := jwt.ParseSigned(raw, algs)
	if err != nil {
		return "", err
	}
	var peek jwt.Claims
	if err := tok.UnsafeClaimsWithoutVerification(&peek); err != nil {
		return "", err
	}
	key, ok := keys[peek.Issuer]
	if !ok {
		return "", errors.New("unknown issuer")
	}
	var claims jwt.Claims
	if err := tok.Claims(key, &claims); err != nil {
		return "", err
	}
	if err := claims.Validate(jwt.Expected{Issuer: peek.Issuer}); err != nil {
		return "", err
	}
	return claims.Subject, nil
}

// debugClaims decodes the unverified claims for a debug log line.
func debugClaims(raw string) string { // want debugClaims:`unverified\(claims=\[0\]\)`
	tok, err := jwt.ParseSigned(raw, algs)
	if err != nil {
		return err.Error()
	}
	var claims jwt.Claims
	_ = tok.UnsafeClaimsWithoutVerification(&claims)
	return "iss=" + claims.Issuer + " sub=" + claims.Subject
}
