// Package unchecked uses the claims of parsed golang-jwt v4 tokens with
// and without checking the result of the parse.
package unchecked

import (
	"errors"
	"log"
	"net/http"

	"github.com/golang-jwt/jwt/v4"
)

var pinned = jwt.NewParser(jwt.WithValidMethods([]string{"HS256"}))

func key(*jwt.Token) (interface{}, error) { return []byte("k"), nil } // want key:`method`

// Ignored drops the error of the parse.
func Ignored(raw string) string {
	token, _ := pinned.Parse(raw, key)
	return token.Claims.(jwt.MapClaims)["sub"].(string) // want `claims of a token used before \(\*jwt.Parser\).Parse's error or token.Valid is checked`
}

// Logged logs the error and goes on.
func Logged(w http.ResponseWriter, r *http.Request) {
	claims := &jwt.RegisteredClaims{}
	_, err := pinned.ParseWithClaims(r.Header.Get("Authorization"), claims, key)
	if err != nil {
		log.Printf("invalid token: %v", err)
	}
	if claims.Subject != r.PathValue("user") { // want `claims of a token used before`
		w.WriteHeader(http.StatusForbidden)
	}
}

// ValidLater reads the claims before checking token.Valid.
func ValidLater(raw string) (string, error) {
	token, _ := pinned.Parse(raw, key)
	sub := token.Claims.(jwt.MapClaims)["sub"] // want `claims of a token used before`
	if !token.Valid {
		return "", errors.New("invalid token")
	}
	return sub.(string), nil
}

// Readme is the pattern of the v4 README.
func Readme(raw string) (jwt.MapClaims, error) {
	token, err := pinned.Parse(raw, key)
	if claims, ok := token.Claims.(jwt.MapClaims); ok && token.Valid {
		log.Println(claims["foo"], claims["nbf"])
		return claims, nil
	}
	return nil, err
}

// Returned returns on error.
func Returned(raw string) (*jwt.RegisteredClaims, error) {
	claims := &jwt.RegisteredClaims{}
	if _, err := pinned.ParseWithClaims(raw, claims, key); err != nil {
		return nil, err
	}
	return claims, nil
}

// Both checks the error and token.Valid in one condition.
func Both(raw string) (string, error) {
	token, err := pinned.Parse(raw, key)
	if err != nil || !token.Valid {
		return "", errors.New("unauthorized")
	}
	return token.Claims.(jwt.MapClaims)["sub"].(string), nil
}

// Fatal exits on error.
func Fatal(raw string) string {
	token, err := pinned.Parse(raw, key)
	if err != nil {
		log.Fatalf("bad token: %v", err)
	}
	return token.Claims.(jwt.MapClaims)["sub"].(string)
}

// OnSuccess uses the claims in the success branch only.
func OnSuccess(raw string) string {
	claims := jwt.MapClaims{}
	if _, err := pinned.ParseWithClaims(raw, claims, key); err == nil {
		return claims["sub"].(string)
	}
	return ""
}

// Forwarded returns the token to a caller that checks it.
func Forwarded(raw string) (*jwt.Token, error) {
	return pinned.Parse(raw, key)
}
