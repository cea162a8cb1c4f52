// Package main verifies tokens with golang-jwt v5, with and without a
// pinned signing method.
package main

import (
	"crypto/rsa"
	"errors"
	"fmt"
	"net/http"
	"os"
	"slices"

	"github.com/golang-jwt/jwt/v5"
)

var secret = []byte(os.Getenv("JWT_SECRET"))

type claims struct {
	Role string `json:"role"`
	jwt.RegisteredClaims
}

// loose verifies with whatever method the token names.
func loose(raw string) (*claims, error) {
	c := &claims{}
	_, err := jwt.ParseWithClaims(raw, c, func(*jwt.Token) (any, error) { // want `jwt.ParseWithClaims accepts whatever signing method the token names`
		return secret, nil
	}, jwt.WithExpirationRequired())
	if err != nil {
		return nil, err
	}
	return c, nil
}

// viaParser builds a parser with no method list.
func viaParser(raw string) error {
	p := jwt.NewParser(jwt.WithExpirationRequired(), jwt.WithIssuer("https://auth.example.com"))
	_, err := p.Parse(raw, keyFunc) // want `\(\*jwt.Parser\).Parse accepts whatever signing method`
	return err
}

func keyFunc(*jwt.Token) (any, error) { return secret, nil }

// ignoredOK asserts the method but drops the result.
func ignoredOK(raw string) error {
	_, err := jwt.Parse(raw, func(t *jwt.Token) (any, error) { // want `jwt.Parse accepts whatever signing method`
		m, _ := t.Method.(*jwt.SigningMethodHMAC)
		fmt.Println("verifying with", m)
		return secret, nil
	}, jwt.WithExpirationRequired())
	return err
}

// pinnedOption lists the methods.
func pinnedOption(raw string) error {
	_, err := jwt.Parse(raw, keyFunc, jwt.WithValidMethods([]string{"HS256"}), jwt.WithExpirationRequired())
	return err
}

// pinnedParser is a package parser with a method list.
var pinnedParser = jwt.NewParser(jwt.WithValidMethods([]string{jwt.SigningMethodHS256.Alg()}), jwt.WithExpirationRequired())

func viaPinnedParser(raw string) error {
	_, err := pinnedParser.Parse(raw, keyFunc)
	return err
}

// asserted checks the method with the usual type assertion.
func asserted(raw string) error {
	_, err := jwt.Parse(raw, func(t *jwt.Token) (any, error) {
		if _, ok := t.Method.(*jwt.SigningMethodHMAC); !ok {
			return nil, fmt.Errorf("unexpected signing method: %v", t.Header["alg"])
		}
		return secret, nil
	}, jwt.WithExpirationRequired())
	return err
}

// switched checks the method with a type switch.
func switched(raw string) error {
	_, err := jwt.Parse(raw, func(t *jwt.Token) (any, error) {
		switch t.Method.(type) {
		case *jwt.SigningMethodHMAC:
			return secret, nil
		default:
			return nil, errors.New("unexpected signing method")
		}
	}, jwt.WithExpirationRequired())
	return err
}

var allowed = []string{"RS256", "ES256"}

// listed checks the alg header against a list.
func listed(raw string, key any) error {
	_, err := jwt.Parse(raw, func(t *jwt.Token) (any, error) {
		alg, _ := t.Header["alg"].(string)
		if !slices.Contains(allowed, alg) {
			return nil, errors.New("unexpected signing method")
		}
		return key, nil
	}, jwt.WithExpirationRequired())
	return err
}

// service keeps its key func as a method.
type service struct{ key []byte }

func (s *service) keyFunc(t *jwt.Token) (any, error) {
	if t.Method != jwt.SigningMethodHS256 {
		return nil, errors.New("unexpected signing method")
	}
	return s.key, nil
}

func (s *service) verify(raw string) error {
	_, err := jwt.Parse(raw, s.keyFunc, jwt.WithExpirationRequired())
	return err
}

// fromField uses a key func the check cannot see.
type verifier struct {
	keys jwt.Keyfunc
}

func (v verifier) verify(raw string) error {
	_, err := jwt.Parse(raw, v.keys, jwt.WithExpirationRequired())
	return err
}

// optionsFrom passes options built elsewhere.
func optionsFrom(raw string, opts ...jwt.ParserOption) error {
	_, err := jwt.Parse(raw, keyFunc, opts...)
	return err
}

// rsaOnly returns an RSA public key: an HMAC method rejects it
// (ErrInvalidKeyType), so a token claiming HS256 cannot be forged with it
// (nordcloud/cognito-authorizer).
func rsaOnly(raw string) error {
	_, err := jwt.Parse(raw, func(t *jwt.Token) (any, error) {
		if raw == "" {
			return nil, errors.New("no token")
		}
		return publicKey, nil
	}, jwt.WithExpirationRequired())
	return err
}

var publicKey *rsa.PublicKey

// anyKey returns a key of an interface type, which may hold a []byte.
func anyKey(raw string, key any) error {
	_, err := jwt.Parse(raw, func(*jwt.Token) (any, error) { // want `jwt.Parse accepts whatever signing method`
		return key, nil
	}, jwt.WithExpirationRequired())
	return err
}

func main() {
	http.HandleFunc("/", func(w http.ResponseWriter, r *http.Request) {
		_, _ = loose(r.Header.Get("Authorization"))
	})
}
