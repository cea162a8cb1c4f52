package main

import (
	"errors"
	"log"
	"net/http"
	"strings"

	"github.com/golang-jwt/jwt/v5"
)

var keys = map[string][]byte{"2024-01": []byte("k1"), "2024-07": []byte("k2")}

// verifyByKid reads the kid of the unverified header to pick the key, then
// verifies: the header decides nothing on its own.
func verifyByKid(raw string) (*jwt.Token, error) {
	unverified, _, err := jwt.NewParser().ParseUnverified(raw, jwt.MapClaims{})
	if err != nil {
		return nil, err
	}
	kid, _ := unverified.Header["kid"].(string)
	key, ok := keys[kid]
	if !ok {
		return nil, errors.New("unknown key")
	}
	return jwt.Parse(raw, func(*jwt.Token) (any, error) { return key, nil },
		jwt.WithValidMethods([]string{"HS256"}), jwt.WithExpirationRequired())
}

// issuerKeys picks the key by the unverified issuer, in the same function
// that verifies: the usual multi-issuer pattern.
func issuerKeys(raw string) (jwt.MapClaims, error) {
	var peek jwt.RegisteredClaims
	if _, _, err := jwt.NewParser().ParseUnverified(raw, &peek); err != nil {
		return nil, err
	}
	if peek.Issuer != "https://a.example.com" && peek.Issuer != "https://b.example.com" {
		return nil, errors.New("unknown issuer")
	}
	claims := jwt.MapClaims{}
	_, err := jwt.ParseWithClaims(raw, claims, func(*jwt.Token) (any, error) { return keys[peek.Issuer], nil },
		jwt.WithValidMethods([]string{"HS256"}), jwt.WithExpirationRequired())
	if err != nil {
		return nil, err
	}
	return claims, nil
}

// logSubject only logs who the unverified token claims to be.
func logSubject(r *http.Request) {
	raw := strings.TrimPrefix(r.Header.Get("Authorization"), "Bearer ")
	token, _, err := jwt.NewParser().ParseUnverified(raw, jwt.MapClaims{})
	if err != nil {
		log.Printf("malformed token: %v", err)
		return
	}
	sub, _ := token.Claims.GetSubject()
	log.Printf("request from %s", sub)
}

// algOf reads the alg header of a token to report it: the header is not
// the claims.
func algOf(raw string) string {
	token, _, err := jwt.NewParser().ParseUnverified(raw, jwt.MapClaims{})
	if err != nil {
		return ""
	}
	if alg, ok := token.Header["alg"].(string); ok {
		return alg
	}
	return "unknown"
}
