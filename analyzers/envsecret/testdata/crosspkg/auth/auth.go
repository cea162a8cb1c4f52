// Package auth signs session tokens with the key its caller passes.
package auth

import (
	"crypto/hmac"
	"crypto/sha256"

	"github.com/golang-jwt/jwt/v5"
)

// Signer signs tokens.
type Signer struct{ key []byte }

// NewSigner returns a signer using key.
func NewSigner(key string) *Signer { return &Signer{key: []byte(key)} } // want NewSigner:`sinkParams\(0:JWT signing key\)`

// Sign signs claims with the signer's key.
func (s *Signer) Sign(claims jwt.MapClaims) (string, error) {
	return jwt.NewWithClaims(jwt.SigningMethodHS256, claims).SignedString(s.key)
}

// Sign signs claims with key.
func Sign(claims jwt.MapClaims, key string) (string, error) { // want Sign:`sinkParams\(1:JWT signing key\)`
	return jwt.NewWithClaims(jwt.SigningMethodHS256, claims).SignedString([]byte(key))
}

// MAC returns the HMAC of body under key.
func MAC(key, body []byte) []byte { // want MAC:`sinkParams\(0:HMAC key\)`
	m := hmac.New(sha256.New, key)
	m.Write(body)
	return m.Sum(nil)
}

// Label is not a sink: it only formats its parameter.
func Label(name string) string { return "key:" + name }
