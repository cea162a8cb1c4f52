package sinks

import (
	"context"
	"crypto/hmac"
	"crypto/sha256"
	"database/sql"
	"fmt"
	"net/http"
	"os"
	"strings"
)

// Connection strings without a password: IAM auth, a socket, a local
// database, or a template filled elsewhere.
func openWithoutPassword() (*sql.DB, error) {
	if db, err := sql.Open("postgres", "postgres://app@db.internal:5432/orders?sslmode=require"); err == nil {
		return db, nil
	}
	if db, err := sql.Open("postgres", "host=/var/run/postgresql dbname=orders"); err == nil {
		return db, nil
	}
	return sql.Open("mysql", "app@tcp(db.internal:3306)/orders")
}

// Passwords from the environment are where they belong; a DSN from the
// environment is not checked for emptiness: the connection fails loudly.
func openFromEnv() (*sql.DB, error) {
	return sql.Open("postgres", os.Getenv("DATABASE_URL"))
}

// A header that is not a credential, and the Authorization header built
// from an environment token.
func callWithEnvToken(ctx context.Context) (*http.Response, error) {
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, "https://partner.example.com/v1/orders", nil)
	if err != nil {
		return nil, err
	}
	req.Header.Set("Content-Type", "application/json")
	req.Header.Set("Authorization", "Bearer "+os.Getenv("PARTNER_TOKEN"))
	return http.DefaultClient.Do(req)
}

// Headers on the response are not credentials sent anywhere: this one
// names the scheme a client must use.
func challenge(w http.ResponseWriter, r *http.Request) {
	w.Header().Set("WWW-Authenticate", `Bearer realm="orders"`)
	w.Header().Set("Authorization", "required")
	w.WriteHeader(http.StatusUnauthorized)
}

// An HMAC over a key from the environment that is checked.
func signWithEnvKey(body []byte) ([]byte, error) {
	key := os.Getenv("WEBHOOK_KEY")
	if key == "" {
		return nil, errMissingKey
	}
	mac := hmac.New(sha256.New, []byte(key))
	mac.Write(body)
	return mac.Sum(nil), nil
}

var errMissingKey = errorString("WEBHOOK_KEY is not set")

type errorString string

func (e errorString) Error() string { return string(e) }

// os.Setenv of a variable that is not a secret, or clearing a secret.
func configureRegion() {
	os.Setenv("AWS_REGION", "eu-west-1")
	os.Setenv("DB_PASSWORD", "")
}

// IAM database authentication: the driver needs a password in the DSN and
// the connector ignores it (golang-samples/cloudsql).
func openIAM(user, name string) (*sql.DB, error) {
	return sql.Open("mysql", fmt.Sprintf("%s:empty@cloudsqlconn(localhost:3306)/%s?parseTime=true", user, name))
}

// trimSlashes returns what a call to itself returns: tracing its result
// back to its parameter once recursed until the stack overflowed.
func trimSlashes(s string) string {
	if strings.HasSuffix(s, "/") {
		return trimSlashes(s[:len(s)-1])
	}
	return s
}

// callWithTrimmedToken sends an environment token through the recursive
// helper.
func callWithTrimmedToken(ctx context.Context) (*http.Response, error) {
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, "https://partner.example.com/v1/orders", nil)
	if err != nil {
		return nil, err
	}
	req.Header.Set("Authorization", "Bearer "+trimSlashes(os.Getenv("PARTNER_TOKEN")))
	return http.DefaultClient.Do(req)
}
