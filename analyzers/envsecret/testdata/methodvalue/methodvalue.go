// Package methodvalue signs through method values and key functions that
// are methods.
package methodvalue

import (
	"os"

	"github.com/golang-jwt/jwt/v5"
)

type keys struct{ verify []byte }

func (k *keys) keyFunc(*jwt.Token) (any, error) { return k.verify, nil }

type staticKeys struct{}

func (staticKeys) keyFunc(*jwt.Token) (any, error) { return []byte("static-verify-key"), nil }

func verify(raw string) error {
	k := &keys{verify: []byte(os.Getenv("JWT_VERIFY_KEY"))}
	if _, err := jwt.Parse(raw, k.keyFunc, jwt.WithValidMethods([]string{"HS256"})); err != nil { // want `JWT verification key from os.Getenv\("JWT_VERIFY_KEY"\) is not checked`
		return err
	}
	_, err := jwt.Parse(raw, staticKeys{}.keyFunc, jwt.WithValidMethods([]string{"HS256"})) // want `hard-coded JWT verification key returned by the key function`
	return err
}

func issue() (string, error) {
	tok := jwt.New(jwt.SigningMethodHS256)
	sign := tok.SignedString
	return sign([]byte("bound-method-key")) // want `hard-coded JWT signing key`
}

func issueChecked() (string, error) {
	key, ok := os.LookupEnv("JWT_SECRET")
	if !ok {
		return "", os.ErrNotExist
	}
	sign := jwt.New(jwt.SigningMethodHS256).SignedString
	return sign([]byte(key))
}
