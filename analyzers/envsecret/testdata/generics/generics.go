// Package generics passes keys through generic helpers.
package generics

import (
	"os"

	"github.com/golang-jwt/jwt/v5"
)

// Key is a key in any string or byte form.
type Key interface{ ~string | ~[]byte }

func sign[K Key](claims jwt.MapClaims, key K) (string, error) { // want sign:`sinkParams\(1:JWT signing key\)`
	return jwt.NewWithClaims(jwt.SigningMethodHS256, claims).SignedString([]byte(key))
}

func first[T any](vs ...T) T { return vs[0] }

func issue(sub string) (string, error) {
	if _, err := sign(jwt.MapClaims{"sub": sub}, "generic-signing-key"); err != nil { // want `hard-coded JWT signing key`
		return "", err
	}
	if _, err := sign(jwt.MapClaims{"sub": sub}, []byte(os.Getenv("JWT_SECRET"))); err != nil { // want `JWT signing key from os.Getenv\("JWT_SECRET"\) is not checked`
		return "", err
	}
	key := os.Getenv("JWT_SECRET")
	if key == "" {
		return "", os.ErrNotExist
	}
	_ = first("not", "a", "key")
	return sign(jwt.MapClaims{"sub": sub}, key)
}
