// Package jwt is a fixture stub of github.com/golang-jwt/jwt/v4 v4.5.2:
// parsing and signing tokens, claims and signing methods.
package jwt

import "time"

// TimeFunc provides the current time when validating time claims.
var TimeFunc = time.Now

// Keyfunc returns the key that verifies a token.
type Keyfunc func(*Token) (interface{}, error)

// Token is a JWT.
type Token struct {
	Raw       string
	Method    SigningMethod
	Header    map[string]interface{}
	Claims    Claims
	Signature string
	Valid     bool
}

// New returns a token with empty MapClaims.
func New(method SigningMethod) *Token {
	return NewWithClaims(method, MapClaims{})
}

// NewWithClaims returns a token with claims.
func NewWithClaims(method SigningMethod, claims Claims) *Token {
	return &Token{Method: method, Claims: claims}
}

// SignedString signs the token with key.
func (t *Token) SignedString(key interface{}) (string, error) { return "", nil }

// SigningString returns the part of the token that is signed.
func (t *Token) SigningString() (string, error) { return "", nil }

// Parse parses and verifies a token with MapClaims.
func Parse(tokenString string, keyFunc Keyfunc, options ...ParserOption) (*Token, error) {
	return NewParser(options...).Parse(tokenString, keyFunc)
}

// ParseWithClaims parses and verifies a token into claims.
func ParseWithClaims(tokenString string, claims Claims, keyFunc Keyfunc, options ...ParserOption) (*Token, error) {
	return NewParser(options...).ParseWithClaims(tokenString, claims, keyFunc)
}
