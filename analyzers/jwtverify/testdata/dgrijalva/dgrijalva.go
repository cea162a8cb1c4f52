// Package dgrijalva verifies tokens with the unmaintained jwt-go.
package dgrijalva

import (
	"fmt"

	jwt "github.com/dgrijalva/jwt-go"
)

var secret = []byte("from-the-environment")

// Loose verifies with whatever method the token names.
func Loose(raw string) (jwt.MapClaims, error) {
	token, err := jwt.Parse(raw, func(*jwt.Token) (interface{}, error) { // want `jwt.Parse accepts whatever signing method the token names; set Parser.ValidMethods or check token.Method in the key func`
		return secret, nil
	})
	if err != nil {
		return nil, err
	}
	return token.Claims.(jwt.MapClaims), nil
}

// ZeroParser uses a parser with no method list.
func ZeroParser(raw string) (*jwt.Token, error) {
	return new(jwt.Parser).Parse(raw, func(*jwt.Token) (interface{}, error) { // want `\(\*jwt.Parser\).Parse accepts whatever`
		return secret, nil
	})
}

// Checked is the README's example.
func Checked(raw string) (jwt.MapClaims, error) {
	token, err := jwt.Parse(raw, func(token *jwt.Token) (interface{}, error) {
		if _, ok := token.Method.(*jwt.SigningMethodHMAC); !ok {
			return nil, fmt.Errorf("unexpected signing method: %v", token.Header["alg"])
		}
		return secret, nil
	})
	if claims, ok := token.Claims.(jwt.MapClaims); ok && token.Valid {
		return claims, nil
	}
	return nil, err
}

// Listed sets ValidMethods.
func Listed(raw string) (*jwt.Token, error) {
	p := jwt.Parser{ValidMethods: []string{"RS256"}}
	return p.Parse(raw, func(*jwt.Token) (interface{}, error) { return secret, nil })
}
