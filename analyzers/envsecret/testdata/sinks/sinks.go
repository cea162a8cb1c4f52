// Package sinks holds constants that reach credential sinks directly.
package sinks

import (
	"context"
	"crypto/hmac"
	"crypto/sha256"
	"database/sql"
	"net/http"
	"os"
	"time"

	"github.com/golang-jwt/jwt/v5"
	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgxpool"
	"github.com/jmoiron/sqlx"
)

const issuer = "orders-api"

func issueToken(userID string) (string, error) {
	claims := jwt.MapClaims{"sub": userID, "iss": issuer, "exp": time.Now().Add(time.Hour).Unix()}
	tok := jwt.NewWithClaims(jwt.SigningMethodHS256, claims)
	return tok.SignedString([]byte("orders-signing-key-2024")) // want `hard-coded JWT signing key; read it from the environment or a secret manager`
}

func verify(raw string) (*jwt.Token, error) {
	return jwt.Parse(raw, func(t *jwt.Token) (any, error) { // want `hard-coded JWT verification key returned by the key function`
		return []byte("orders-signing-key-2024"), nil
	}, jwt.WithValidMethods([]string{"HS256"}))
}

func signWebhook(body []byte) []byte {
	mac := hmac.New(sha256.New, []byte("whsec_8f2a9c1d")) // want `hard-coded HMAC key`
	mac.Write(body)
	return mac.Sum(nil)
}

func openPostgres() (*sql.DB, error) {
	return sql.Open("postgres", "postgres://app:Tr0ub4dor@db.internal:5432/orders?sslmode=require") // want `hard-coded password in the sql.Open DSN`
}

func openKeyValue() (*sql.DB, error) {
	return sql.Open("postgres", "host=db.internal user=app password=Tr0ub4dor dbname=orders") // want `hard-coded password in the sql.Open DSN`
}

func openMySQL() (*sqlx.DB, error) {
	return sqlx.Open("mysql", "app:Tr0ub4dor@tcp(db.internal:3306)/orders?parseTime=true") // want `hard-coded password in the sqlx.Open DSN`
}

func connectPgx(ctx context.Context) (*pgx.Conn, error) {
	return pgx.Connect(ctx, "postgres://app:Tr0ub4dor@db.internal/orders") // want `hard-coded password in the pgx.Connect DSN`
}

func newPool(ctx context.Context) (*pgxpool.Pool, error) {
	const dsn = "postgresql://app:Tr0ub4dor@db.internal/orders"
	return pgxpool.New(ctx, dsn) // want `hard-coded password in the pgxpool.New DSN`
}

func callPartner(ctx context.Context) (*http.Response, error) {
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, "https://partner.example.com/v1/orders", nil)
	if err != nil {
		return nil, err
	}
	req.Header.Set("Authorization", "Bearer 9c1f0a7e55d34b6e") // want `hard-coded Authorization header on an outgoing request`
	req.Header.Add("X-Api-Key", "k-7731-aa90")                 // want `hard-coded X-Api-Key header on an outgoing request`
	return http.DefaultClient.Do(req)
}

func callLegacy(ctx context.Context) (*http.Response, error) {
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, "https://legacy.example.com/report", nil)
	if err != nil {
		return nil, err
	}
	req.SetBasicAuth("reporter", "hunter22") // want `hard-coded basic auth password`
	return http.DefaultClient.Do(req)
}

func configureLocal() {
	os.Setenv("DB_PASSWORD", "Tr0ub4dor") // want `os.Setenv sets DB_PASSWORD to a hard-coded value`
}
