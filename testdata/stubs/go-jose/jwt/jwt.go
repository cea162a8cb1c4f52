// Package jwt is a fixture stub of github.com/go-jose/go-jose/v4/jwt
// v4.1.4: parsing signed tokens and reading their claims.
package jwt

import (
	"time"

	jose "github.com/go-jose/go-jose/v4"
)

// JSONWebToken is a parsed JWT.
type JSONWebToken struct {
	payload           func(k interface{}) ([]byte, error)
	unverifiedPayload func() []byte
	Headers           []jose.Header
}

// Claims verifies the token with key and decodes its claims into dest.
func (t *JSONWebToken) Claims(key interface{}, dest ...interface{}) error { return nil }

// UnsafeClaimsWithoutVerification decodes the claims into dest without
// verifying the signature.
func (t *JSONWebToken) UnsafeClaimsWithoutVerification(dest ...interface{}) error { return nil }

// ParseSigned parses a signed JWT in compact serialization, accepting only
// the signature algorithms listed.
func ParseSigned(s string, signatureAlgorithms []jose.SignatureAlgorithm) (*JSONWebToken, error) {
	return nil, nil
}

// Claims are the registered claims of RFC 7519.
type Claims struct {
	Issuer    string       `json:"iss,omitempty"`
	Subject   string       `json:"sub,omitempty"`
	Audience  Audience     `json:"aud,omitempty"`
	Expiry    *NumericDate `json:"exp,omitempty"`
	NotBefore *NumericDate `json:"nbf,omitempty"`
	IssuedAt  *NumericDate `json:"iat,omitempty"`
	ID        string       `json:"jti,omitempty"`
}

// NumericDate is a date as seconds since the epoch.
type NumericDate int64

// NewNumericDate returns t as a NumericDate.
func NewNumericDate(t time.Time) *NumericDate { return nil }

// Time returns the date as a time.Time.
func (n *NumericDate) Time() time.Time { return time.Time{} }

// Audience is the aud claim.
type Audience []string

// Contains reports whether the audience holds v.
func (s Audience) Contains(v string) bool { return false }

// DefaultLeeway is the leeway of Validate for time claims.
const DefaultLeeway = 1.0 * time.Minute

// Expected are the values claims are validated against.
type Expected struct {
	Issuer      string
	Subject     string
	AnyAudience Audience
	ID          string
	Time        time.Time
}

// WithTime returns e with Time set to t.
func (e Expected) WithTime(t time.Time) Expected {
	e.Time = t
	return e
}

// Validate checks the claims against e, with DefaultLeeway.
func (c Claims) Validate(e Expected) error { return nil }

// ValidateWithLeeway checks the claims against e with leeway.
func (c Claims) ValidateWithLeeway(e Expected, leeway time.Duration) error { return nil }
