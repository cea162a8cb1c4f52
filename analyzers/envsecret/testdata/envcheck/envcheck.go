// Package envcheck signs and verifies tokens with keys from the
// environment that nothing checks: an empty key signs and verifies.
package main

import (
	"context"
	"crypto/hmac"
	"crypto/sha256"
	"errors"
	"log"
	"os"
	"time"

	"github.com/aws/aws-lambda-go/events"
	"github.com/aws/aws-lambda-go/lambda"
	"github.com/golang-jwt/jwt/v5"
)

// verifyKey is read at cold start and never checked.
var verifyKey = []byte(os.Getenv("JWT_VERIFY_KEY"))

func keyFunc(t *jwt.Token) (any, error) { return verifyKey, nil }

func authorize(raw string) (*jwt.Token, error) {
	return jwt.Parse(raw, keyFunc, jwt.WithValidMethods([]string{"HS256"})) // want `JWT verification key from os.Getenv\("JWT_VERIFY_KEY"\) is not checked to be set \(an empty key verifies anything\); fail when it is empty`
}

func issue(sub string) (string, error) {
	key := os.Getenv("JWT_SECRET")
	claims := jwt.MapClaims{"sub": sub, "exp": time.Now().Add(time.Hour).Unix()}
	return jwt.NewWithClaims(jwt.SigningMethodHS256, claims).SignedString([]byte(key)) // want `JWT signing key from os.Getenv\("JWT_SECRET"\) is not checked`
}

// A warning is not a check: the key is used anyway.
func issueWarned(sub string) (string, error) {
	key := os.Getenv("JWT_SECRET")
	if key == "" {
		log.Println("JWT_SECRET is not set")
	}
	return jwt.New(jwt.SigningMethodHS256).SignedString([]byte(key)) // want `JWT signing key from os.Getenv\("JWT_SECRET"\) is not checked`
}

// A development fallback is a hard-coded key.
func issueWithFallback(sub string) (string, error) {
	key := os.Getenv("JWT_SECRET")
	if key == "" {
		key = "local-dev-signing-key"
	}
	return jwt.New(jwt.SigningMethodHS256).SignedString([]byte(key)) // want `hard-coded JWT signing key`
}

// getenv returns the variable or a default: the default is a constant.
func getenv(name, def string) string {
	if v, ok := os.LookupEnv(name); ok {
		return v
	}
	return def
}

func webhookMAC(body []byte) []byte {
	mac := hmac.New(sha256.New, []byte(getenv("WEBHOOK_KEY", "dev-webhook-key"))) // want `hard-coded HMAC key`
	mac.Write(body)
	return mac.Sum(nil)
}

// LookupEnv with its ok ignored is Getenv.
func callbackMAC(body []byte) []byte {
	key, _ := os.LookupEnv("CALLBACK_KEY")
	mac := hmac.New(sha256.New, []byte(key)) // want `HMAC key from os.LookupEnv\("CALLBACK_KEY"\) is not checked`
	mac.Write(body)
	return mac.Sum(nil)
}

func handle(ctx context.Context, req events.APIGatewayV2HTTPRequest) (events.APIGatewayV2HTTPResponse, error) {
	if _, err := authorize(req.Headers["authorization"]); err != nil {
		return events.APIGatewayV2HTTPResponse{StatusCode: 401}, nil
	}
	tok, err := issue(req.RequestContext.RequestID)
	if err != nil {
		return events.APIGatewayV2HTTPResponse{StatusCode: 500}, errors.New("issue token")
	}
	_ = webhookMAC([]byte(tok))
	_ = callbackMAC([]byte(tok))
	_, _ = issueWarned(tok)
	_, _ = issueWithFallback(tok)
	return events.APIGatewayV2HTTPResponse{StatusCode: 200, Body: tok}, nil
}

func main() {
	lambda.Start(handle)
}
