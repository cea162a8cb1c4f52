// Package generics parses tokens into claims of a type parameter.
package generics

import (
	"errors"

	"github.com/golang-jwt/jwt/v5"
)

// Parse verifies into claims of any type, without pinning the method.
func Parse[C jwt.Claims](raw string, claims C, key []byte) (C, error) {
	_, err := jwt.ParseWithClaims(raw, claims, func(*jwt.Token) (any, error) { return key, nil }, jwt.WithExpirationRequired()) // want `jwt.ParseWithClaims accepts whatever signing method`
	return claims, err
}

// Pinned verifies into claims of any type with a method list.
func Pinned[C jwt.Claims](raw string, claims C, key []byte) (C, error) {
	var zero C
	_, err := jwt.ParseWithClaims(raw, claims, func(*jwt.Token) (any, error) { return key, nil },
		jwt.WithValidMethods([]string{"HS256"}), jwt.WithExpirationRequired())
	if err != nil {
		return zero, errors.Join(errors.New("unauthorized"), err)
	}
	return claims, nil
}

// Peek reads claims of any type from an unverified token.
func Peek[C jwt.Claims](raw string, claims C) C { // want Peek:`unverified\(claims=\[0\]\)`
	_, _, _ = jwt.NewParser().ParseUnverified(raw, claims)
	return claims
}

// Admin decides on the peeked claims.
func Admin(raw string) bool { // want Admin:`unverified\(claims=\[0\]\)`
	c := Peek(raw, &jwt.RegisteredClaims{})
	return c.Subject == "admin"
}
