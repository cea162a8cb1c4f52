// Command negatives logs near secrets without logging them.
package main

import (
	"context"
	"fmt"
	"log"
	"log/slog"
	"net/http"
	"os"
	"strings"

	"github.com/aws/aws-lambda-go/events"
	"github.com/aws/aws-lambda-go/lambda"
	"github.com/golang-jwt/jwt/v5"
)

// A task handler: an SQS event carries no request headers.
func consume(ctx context.Context, ev events.SQSEvent) error {
	log.Printf("batch: %+v", ev)
	for _, m := range ev.Records {
		slog.InfoContext(ctx, "message", "id", m.MessageId, "attributes", m.MessageAttributes)
	}
	return nil
}

// The token endpoint writes the token to its response: that is the
// point, not a log.
func token(w http.ResponseWriter, r *http.Request) {
	s, err := jwt.New(jwt.SigningMethodHS256).SignedString([]byte(os.Getenv("JWT_SECRET")))
	if err != nil {
		log.Printf("sign token: %v", err)
		http.Error(w, "internal error", http.StatusInternalServerError)
		return
	}
	fmt.Fprintf(w, `{"token":%q}`, s)
}

// Claims, errors, settings and names that mention tokens are not tokens.
func profile(w http.ResponseWriter, r *http.Request) {
	auth := r.Header.Get("Authorization")
	tok, err := jwt.Parse(strings.TrimPrefix(auth, "Bearer "), func(*jwt.Token) (any, error) {
		return []byte(os.Getenv("JWT_SECRET")), nil
	}, jwt.WithValidMethods([]string{"HS256"}))
	if err != nil {
		log.Printf("invalid token: %v", err)
		w.WriteHeader(http.StatusUnauthorized)
		return
	}
	claims, _ := tok.Claims.(jwt.MapClaims)
	log.Printf("subject %v, issuer %v, alg %s", claims["sub"], claims["iss"], tok.Method.Alg())
	tokenURL := os.Getenv("TOKEN_URL")
	tokenType := "Bearer"
	log.Printf("token endpoint %s, type %s", tokenURL, tokenType)
	slog.Info("auth", slog.Bool("present", auth != ""), slog.Int("cookies", len(r.Cookies())))
	fmt.Fprintln(os.Stderr, "profile served for", r.Header.Get("X-Forwarded-For"))
}

func main() {
	http.HandleFunc("/token", token)
	http.HandleFunc("/profile", profile)
	go http.ListenAndServe(":8080", nil)
	lambda.Start(consume)
}
