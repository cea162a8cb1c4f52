package secret

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestWords(t *testing.T) {
	for name, want := range map[string][]string{
		"dbPassword":            {"db", "password"},
		"DB_PASSWORD":           {"db", "password"},
		"X-Api-Key":             {"x", "api", "key"},
		"tokenURL":              {"token", "url"},
		"JWTSecret":             {"jwt", "secret"},
		"oauth2Token":           {"oauth2", "token"},
		"AWS_SECRET_ACCESS_KEY": {"aws", "secret", "access", "key"},
		"":                      nil,
	} {
		assert.Equal(t, want, Words(name), name)
	}
}

func TestIsSecretName(t *testing.T) {
	secrets := []string{
		"dbPassword", "DB_PASSWORD", "DB_PASS", "apiKey", "X-Api-Key", "clientSecret", "githubToken",
		"token", "AWS_SECRET_ACCESS_KEY", "privateKey", "JWTSecret", "SigningKey", "hmacKey",
		"pwd", "Passwd", "awsCredentials", "refresh_token", "X-Auth-Token", "webhookSecrets",
	}
	for _, n := range secrets {
		assert.True(t, IsSecretName(n), n)
	}
	notSecrets := []string{
		"tokenURL", "passwordField", "passwordMinLength", "secretName", "keyID", "tokenType",
		"NextToken", "ClientToken", "pageToken", "accessKey", "AWS_ACCESS_KEY_ID", "key",
		"cacheKey", "partitionKey", "secretARN", "passwordHash", "tokenExpiry", "authorization", "",
		"Access-Control-Allow-Credentials", "requirePassword", "hasToken", "useCredentials",
	}
	for _, n := range notSecrets {
		assert.False(t, IsSecretName(n), n)
	}
}

func TestIsSecretHeader(t *testing.T) {
	for _, h := range []string{"Authorization", "authorization", "Cookie", "X-Api-Key", "x-auth-token", "Proxy-Authorization"} {
		assert.True(t, IsSecretHeader(h), h)
	}
	for _, h := range []string{"Content-Type", "X-Request-Id", "User-Agent", "X-Api-Key-Id"} {
		assert.False(t, IsSecretHeader(h), h)
	}
}

func TestKnownFormat(t *testing.T) {
	for s, want := range map[string]string{
		"AKIAZ7Q3RT5UVW2XY4AB":                        "an AWS access key id",
		"key=ASIAZ7Q3RT5UVW2XY4AB;":                   "an AWS access key id",
		"-----BEGIN RSA PRIVATE KEY-----\nMIIE":       "a private key",
		"-----BEGIN PRIVATE KEY-----":                 "a private key",
		"ghp_a1B2c3D4e5F6g7H8i9J0k1L2m3N4o5P6q7R8":    "a GitHub token",
		"glpat-x8Yq3Vb7Nm2Kp9Lz4Wc1":                  "a GitLab token",
		"xoxb-2048-4096-a1b2c3d4e5f6":                 "a Slack token",
		"sk_live_51Hx3kLm9Qw2Er5Ty8Ui0Op":             "a Stripe secret key",
		"AIzaSyA1b2C3d4E5f6G7h8I9j0K1l2M3n4O5p6Q":     "a Google API key",
		"eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjMifQ.sig": "a JWT",
	} {
		got, ok := KnownFormat(s)
		assert.True(t, ok, s)
		assert.Equal(t, want, got, s)
	}
	for _, s := range []string{
		"AKIAIOSFODNN7EXAMPLE", "AKIA", "ghp_", "eyJhbGciOiJIUzI1NiJ9", "-----BEGIN PUBLIC KEY-----",
		"sk_test_51Hx3kLm9Qw2Er5Ty8Ui0Op", "xAKIAZ7Q3RT5UVW2XY4ABx", "hello",
	} {
		_, ok := KnownFormat(s)
		assert.False(t, ok, s)
	}
}

func TestIsPlaceholder(t *testing.T) {
	for _, s := range []string{"", "  ", "DB_PASSWORD", "${TOKEN}", "{{.Token}}", "%s", "<token>", "xxxx",
		"********", "changeme", "your-api-key", "password is too short", "/run/secrets/db", "https://example.com/token"} {
		assert.True(t, IsPlaceholder(s), s)
	}
	for _, s := range []string{"Tr0ub4dor&3", "hunter22", "s3cr3t-key", "a1b2c3d4"} {
		assert.False(t, IsPlaceholder(s), s)
	}
}

func TestDSNPassword(t *testing.T) {
	for dsn, want := range map[string]string{
		"postgres://app:Tr0ub4dor@db:5432/orders":            "Tr0ub4dor",
		"host=db user=app password=Tr0ub4dor dbname=orders":  "Tr0ub4dor",
		"host=db user=app password='Tr0ub4dor' dbname=o":     "Tr0ub4dor",
		"app:Tr0ub4dor@tcp(db:3306)/orders?parseTime=true":   "Tr0ub4dor",
		"server=db;user id=sa;Password=Tr0ub4dor;database=o": "Tr0ub4dor",
	} {
		got, ok := DSNPassword(dsn)
		assert.True(t, ok, dsn)
		assert.Equal(t, want, got, dsn)
	}
	for _, dsn := range []string{
		"postgres://app@db:5432/orders", "host=db user=app dbname=orders", "app@tcp(db:3306)/orders",
		"postgres://app:${DB_PASSWORD}@db/orders", "file:test.db?cache=shared", "postgres://app:@db/orders",
		"%s:empty@cloudsqlconn(localhost:3306)/%s?parseTime=true",
	} {
		_, ok := DSNPassword(dsn)
		assert.False(t, ok, dsn)
	}
}
