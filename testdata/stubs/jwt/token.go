// Package jwt is a fixture stub of github.com/golang-jwt/jwt/v5 v5.3.1:
// parsing and signing tokens, claims and signing methods.
package jwt

import (
	"crypto"
	"time"
)

// Keyfunc returns the key that verifies a token.
type Keyfunc func(*Token) (any, error)

// VerificationKey is a key Keyfunc may return.
type VerificationKey interface {
	crypto.PublicKey | []uint8
}

// VerificationKeySet is a set of keys Keyfunc may return.
type VerificationKeySet struct {
	Keys []VerificationKey
}

// Token is a JWT.
type Token struct {
	Raw       string
	Method    SigningMethod
	Header    map[string]any
	Claims    Claims
	Signature []byte
	Valid     bool
}

// TokenOption configures a new token.
type TokenOption func(*Token)

// New returns a token with empty MapClaims.
func New(method SigningMethod, opts ...TokenOption) *Token {
	return NewWithClaims(method, MapClaims{}, opts...)
}

// NewWithClaims returns a token with claims.
func NewWithClaims(method SigningMethod, claims Claims, opts ...TokenOption) *Token {
	return &Token{Method: method, Claims: claims}
}

// SignedString signs the token with key.
func (t *Token) SignedString(key any) (string, error) { return "", nil }

// SigningString returns the part of the token that is signed.
func (t *Token) SigningString() (string, error) { return "", nil }

// Claims is the set of claims of a token.
type Claims interface {
	GetExpirationTime() (*NumericDate, error)
	GetIssuedAt() (*NumericDate, error)
	GetNotBefore() (*NumericDate, error)
	GetIssuer() (string, error)
	GetSubject() (string, error)
	GetAudience() (ClaimStrings, error)
}

// MapClaims are claims decoded into a map.
type MapClaims map[string]any

// GetExpirationTime returns the exp claim.
func (m MapClaims) GetExpirationTime() (*NumericDate, error) { return nil, nil }

// GetNotBefore returns the nbf claim.
func (m MapClaims) GetNotBefore() (*NumericDate, error) { return nil, nil }

// GetIssuedAt returns the iat claim.
func (m MapClaims) GetIssuedAt() (*NumericDate, error) { return nil, nil }

// GetAudience returns the aud claim.
func (m MapClaims) GetAudience() (ClaimStrings, error) { return nil, nil }

// GetIssuer returns the iss claim.
func (m MapClaims) GetIssuer() (string, error) { return "", nil }

// GetSubject returns the sub claim.
func (m MapClaims) GetSubject() (string, error) { return "", nil }

// RegisteredClaims are the claims registered by RFC 7519.
type RegisteredClaims struct {
	Issuer    string       `json:"iss,omitempty"`
	Subject   string       `json:"sub,omitempty"`
	Audience  ClaimStrings `json:"aud,omitempty"`
	ExpiresAt *NumericDate `json:"exp,omitempty"`
	NotBefore *NumericDate `json:"nbf,omitempty"`
	IssuedAt  *NumericDate `json:"iat,omitempty"`
	ID        string       `json:"jti,omitempty"`
}

// GetExpirationTime returns the exp claim.
func (c RegisteredClaims) GetExpirationTime() (*NumericDate, error) { return c.ExpiresAt, nil }

// GetNotBefore returns the nbf claim.
func (c RegisteredClaims) GetNotBefore() (*NumericDate, error) { return c.NotBefore, nil }

// GetIssuedAt returns the iat claim.
func (c RegisteredClaims) GetIssuedAt() (*NumericDate, error) { return c.IssuedAt, nil }

// GetAudience returns the aud claim.
func (c RegisteredClaims) GetAudience() (ClaimStrings, error) { return c.Audience, nil }

// GetIssuer returns the iss claim.
func (c RegisteredClaims) GetIssuer() (string, error) { return c.Issuer, nil }

// GetSubject returns the sub claim.
func (c RegisteredClaims) GetSubject() (string, error) { return c.Subject, nil }

// NumericDate is a JSON numeric date.
type NumericDate struct {
	time.Time
}

// NewNumericDate returns t as a NumericDate.
func NewNumericDate(t time.Time) *NumericDate { return &NumericDate{t} }

// ClaimStrings is a claim that is a string or an array of strings.
type ClaimStrings []string

// TimePrecision is the precision of NumericDate.
var TimePrecision = time.Second
