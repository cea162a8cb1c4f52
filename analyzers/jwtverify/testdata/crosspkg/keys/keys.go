// Package keys holds the key funcs of the service.
package keys

import (
	"errors"
	"os"

	"github.com/golang-jwt/jwt/v5"
)

var secret = []byte(os.Getenv("JWT_SECRET"))

// HMAC returns the secret for HMAC tokens only.
func HMAC(t *jwt.Token) (any, error) { // want HMAC:`method\(checks=\[0\] keyfunc=true returns=0\)`
	if _, ok := t.Method.(*jwt.SigningMethodHMAC); !ok {
		return nil, errors.New("unexpected signing method")
	}
	return secret, nil
}

// Loose returns the secret whatever the token asks for.
func Loose(t *jwt.Token) (any, error) { // want Loose:`method\(checks=\[\] keyfunc=true returns=0\)`
	return secret, nil
}

// Pinned returns a key func that checks the algorithm.
func Pinned(key []byte) jwt.Keyfunc { // want Pinned:`method\(checks=\[\] keyfunc=false returns=1\)`
	return func(t *jwt.Token) (any, error) {
		if t.Method.Alg() != jwt.SigningMethodHS256.Alg() {
			return nil, errors.New("unexpected signing method")
		}
		return key, nil
	}
}

// Static returns a key func that does not.
func Static(key []byte) jwt.Keyfunc { // want Static:`method\(checks=\[\] keyfunc=false returns=2\)`
	return func(*jwt.Token) (any, error) { return key, nil }
}

// CheckAlg checks the alg header of a token.
func CheckAlg(t *jwt.Token) error { // want CheckAlg:`method\(checks=\[0\] keyfunc=false returns=0\)`
	if t.Header["alg"] != "RS256" {
		return errors.New("unexpected signing method")
	}
	return nil
}
