// Package algv4 verifies tokens with golang-jwt v4.
package algv4

import (
	"errors"

	"github.com/golang-jwt/jwt/v4"
)

var secret = []byte("from-the-environment")

func keyFunc(*jwt.Token) (interface{}, error) { return secret, nil } // want keyFunc:`method\(checks=\[\] keyfunc=true returns=0\)`

// Loose verifies with whatever method the token names.
func Loose(raw string) (*jwt.Token, error) {
	return jwt.Parse(raw, keyFunc) // want `jwt.Parse accepts whatever signing method the token names; pass jwt.WithValidMethods`
}

// Struct sets ValidMethods on the parser.
func Struct(raw string) (*jwt.Token, error) {
	p := &jwt.Parser{ValidMethods: []string{"HS256"}}
	return p.Parse(raw, keyFunc)
}

// Option uses the v4 option.
func Option(raw string) (*jwt.Token, error) {
	return jwt.Parse(raw, keyFunc, jwt.WithValidMethods([]string{"HS256"}))
}

// NewParser makes a parser without a method list.
func NewParser(raw string) (*jwt.Token, error) {
	return jwt.NewParser(jwt.WithJSONNumber()).Parse(raw, keyFunc) // want `\(\*jwt.Parser\).Parse accepts whatever`
}

// Claims checks the alg of the standard claims' token.
func Claims(raw string) (*jwt.StandardClaims, error) {
	c := &jwt.StandardClaims{}
	_, err := jwt.ParseWithClaims(raw, c, func(t *jwt.Token) (interface{}, error) {
		if t.Method.Alg() != "HS256" {
			return nil, errors.New("unexpected signing method")
		}
		return secret, nil
	})
	if err != nil {
		return nil, err
	}
	return c, nil
}
