package main

import (
	"testing"

	"github.com/golang-jwt/jwt/v5"
)

// TestMint asserts on the claims of a token it minted itself: tests are
// not checked.
func TestMint(t *testing.T) {
	raw, err := jwt.NewWithClaims(jwt.SigningMethodHS256, jwt.RegisteredClaims{Subject: "alice"}).SignedString([]byte("test-key"))
	if err != nil {
		t.Fatal(err)
	}
	c := &jwt.RegisteredClaims{}
	if _, _, err := jwt.NewParser().ParseUnverified(raw, c); err != nil {
		t.Fatal(err)
	}
	if c.Subject != "alice" {
		t.Fatalf("sub = %q", c.Subject)
	}
	tok, _ := jwt.Parse(raw, func(*jwt.Token) (any, error) { return []byte("test-key"), nil })
	if !tok.Valid {
		t.Fatal("invalid")
	}
}
