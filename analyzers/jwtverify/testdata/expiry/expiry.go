// Package expiry parses golang-jwt v5 tokens with and without requiring
// an exp claim.
package expiry

import (
	"github.com/golang-jwt/jwt/v5"
)

var methods = []string{"HS256"}

func key(*jwt.Token) (any, error) { return []byte("k"), nil } // want key:`method`

// Parse accepts tokens that never expire.
func Parse(raw string) (*jwt.Token, error) {
	return jwt.Parse(raw, key, jwt.WithValidMethods(methods)) // want `jwt.Parse accepts tokens without an exp claim, valid forever; pass jwt.WithExpirationRequired\(\)`
}

// WithClaims accepts tokens that never expire.
func WithClaims(raw string, c jwt.Claims) error {
	_, err := jwt.ParseWithClaims(raw, c, key, // want `jwt.ParseWithClaims accepts tokens without an exp claim`
		jwt.WithValidMethods(methods),
		jwt.WithIssuer("https://auth.example.com"),
	)
	return err
}

// parser accepts tokens that never expire.
var parser = jwt.NewParser(jwt.WithValidMethods(methods)) // want `jwt.NewParser accepts tokens without an exp claim`

// Required requires exp.
func Required(raw string) (*jwt.Token, error) {
	return jwt.Parse(raw, key, jwt.WithValidMethods(methods), jwt.WithExpirationRequired())
}

// Peek only peeks: its parser validates nothing.
func Peek(raw string) (string, error) {
	tok, _, err := jwt.NewParser().ParseUnverified(raw, jwt.MapClaims{})
	if err != nil {
		return "", err
	}
	kid, _ := tok.Header["kid"].(string)
	return kid, nil
}

// Spread passes options the check cannot see.
func Spread(raw string, opts ...jwt.ParserOption) (*jwt.Token, error) {
	return jwt.Parse(raw, key, opts...)
}

// Verify uses the parser.
func Verify(raw string) error {
	_, err := parser.Parse(raw, key)
	return err
}

// peeker is kept to peek only: every read of it calls ParseUnverified,
// which validates nothing (the hunt's pkgparser, after an authorizer that
// reads the issuer to choose its keys).
var peeker = jwt.NewParser()

// Issuer peeks at the issuer.
func Issuer(raw string) string { // want Issuer:`unverified\(claims=\[0\]\)`
	c := &jwt.RegisteredClaims{}
	_, _, _ = peeker.ParseUnverified(raw, c)
	return c.Issuer
}
