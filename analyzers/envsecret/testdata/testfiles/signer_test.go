package store

import (
	"os"
	"testing"

	"github.com/golang-jwt/jwt/v5"
)

// TestMain replaces the key, as golang-samples/functions/slack does: the
// fixture is not the function's key, and the unchecked read is the test's.
func TestMain(m *testing.M) {
	signingKey = []byte("test-signing-key")
	if os.Getenv("INTEGRATION") != "" {
		signingKey = []byte(os.Getenv("INTEGRATION_JWT_SECRET"))
	}
	os.Exit(m.Run())
}

func TestSign(t *testing.T) {
	if _, err := Sign(jwt.MapClaims{"sub": "test"}); err != nil {
		t.Fatal(err)
	}
}
