package main

import (
	"context"
	"log"
	"net/http"
	"strings"

	"github.com/aws/aws-lambda-go/events"
	"github.com/golang-jwt/jwt/v5"
)

// adminOnly lets admins through on the word of an unverified token.
func adminOnly(next http.HandlerFunc) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		raw := strings.TrimPrefix(r.Header.Get("Authorization"), "Bearer ")
		token, _, err := jwt.NewParser().ParseUnverified(raw, jwt.MapClaims{}) // want `ParseUnverified decides access`
		if err != nil {
			http.Error(w, "unauthorized", http.StatusUnauthorized)
			return
		}
		claims := token.Claims.(jwt.MapClaims)
		if role, _ := claims["role"].(string); role != "admin" {
			http.Error(w, "forbidden", http.StatusForbidden)
			return
		}
		next(w, r)
	}
}

// userID returns the subject of an unverified token: a helper whose
// result is traced to its callers.
func userID(raw string) string {
	var claims jwt.RegisteredClaims
	if _, _, err := jwt.NewParser().ParseUnverified(raw, &claims); err != nil { // want `ParseUnverified decides access`
		return ""
	}
	return claims.Subject
}

// orders serves the orders of whoever the token says the caller is.
func orders(ctx context.Context, req events.APIGatewayV2HTTPRequest) (events.APIGatewayV2HTTPResponse, error) {
	id := userID(req.Headers["authorization"])
	if id == "" {
		return events.APIGatewayV2HTTPResponse{StatusCode: http.StatusUnauthorized}, nil
	}
	log.Printf("orders of %s", id)
	return events.APIGatewayV2HTTPResponse{StatusCode: http.StatusOK}, nil
}

// tenant reads the tenant in a closure of the handler.
func tenant(w http.ResponseWriter, r *http.Request) {
	tok, _, _ := jwt.NewParser().ParseUnverified(r.Header.Get("Authorization"), jwt.MapClaims{}) // want `ParseUnverified decides access`
	allowed := func(want string) bool {
		return tok.Claims.(jwt.MapClaims)["tenant"] == want
	}
	if !allowed(r.URL.Query().Get("tenant")) {
		w.WriteHeader(http.StatusForbidden)
	}
}
