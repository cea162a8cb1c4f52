// Package jwt is a fixture stub of github.com/dgrijalva/jwt-go
// v3.2.0+incompatible: parsing and signing tokens, claims and signing
// methods.
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
func Parse(tokenString string, keyFunc Keyfunc) (*Token, error) {
	return new(Parser).Parse(tokenString, keyFunc)
}

// ParseWithClaims parses and verifies a token into claims.
func ParseWithClaims(tokenString string, claims Claims, keyFunc Keyfunc) (*Token, error) {
	return new(Parser).ParseWithClaims(tokenString, claims, keyFunc)
}

// Parser parses and verifies tokens.
type Parser struct {
	ValidMethods         []string
	UseJSONNumber        bool
	SkipClaimsValidation bool
}

// Parse parses and verifies a token with MapClaims.
func (p *Parser) Parse(tokenString string, keyFunc Keyfunc) (*Token, error) { return nil, nil }

// ParseWithClaims parses and verifies a token into claims.
func (p *Parser) ParseWithClaims(tokenString string, claims Claims, keyFunc Keyfunc) (*Token, error) {
	return nil, nil
}

// ParseUnverified parses a token without verifying its signature.
func (p *Parser) ParseUnverified(tokenString string, claims Claims) (token *Token, parts []string, err error) {
	return nil, nil, nil
}
