package store

import (
	"log"
	"os"

	"github.com/golang-jwt/jwt/v5"
)

// signingKey is read at cold start; tests replace it with a fixture.
var signingKey []byte

func init() {
	k := os.Getenv("JWT_SECRET")
	if k == "" {
		log.Fatal("JWT_SECRET is not set")
	}
	signingKey = []byte(k)
}

// Sign signs claims with the signing key.
func Sign(claims jwt.MapClaims) (string, error) {
	return jwt.NewWithClaims(jwt.SigningMethodHS256, claims).SignedString(signingKey)
}
