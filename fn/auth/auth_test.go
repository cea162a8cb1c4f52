package auth_test

import (
	"context"
	"crypto/ecdsa"
	"crypto/ed25519"
	"crypto/elliptic"
	"crypto/rand"
	"crypto/rsa"
	"crypto/x509"
	"encoding/json"
	"net/http"
	"testing"
	"time"

	"github.com/golang-jwt/jwt/v5"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/fnlint/fnlint/fn"
	"github.com/fnlint/fnlint/fn/auth"
)

var (
	now    = time.Date(2024, 3, 15, 12, 0, 0, 0, time.UTC)
	secret = []byte("0123456789abcdef0123456789abcdef")
)

func clock() time.Time { return now }

// claims returns valid claims that tests change.
func claims(perms ...string) *auth.Claims {
	return &auth.Claims{
		RegisteredClaims: jwt.RegisteredClaims{
			Subject:   "user-1",
			Issuer:    "https://issuer.example",
			Audience:  jwt.ClaimStrings{"api"},
			ExpiresAt: jwt.NewNumericDate(now.Add(time.Hour)),
			IssuedAt:  jwt.NewNumericDate(now.Add(-time.Minute)),
		},
		Permissions: perms,
	}
}

func sign(t *testing.T, m jwt.SigningMethod, key any, c jwt.Claims, kid string) string {
	t.Helper()
	tok := jwt.NewWithClaims(m, c)
	if kid != "" {
		tok.Header["kid"] = kid
	}
	s, err := tok.SignedString(key)
	require.NoError(t, err)
	return s
}

func TestVerify(t *testing.T) {
	rsaKey, err := rsa.GenerateKey(rand.Reader, 2048)
	require.NoError(t, err)
	otherRSA, err := rsa.GenerateKey(rand.Reader, 2048)
	require.NoError(t, err)
	ecKey, err := ecdsa.GenerateKey(elliptic.P256(), rand.Reader)
	require.NoError(t, err)
	edPub, edPriv, err := ed25519.GenerateKey(rand.Reader)
	require.NoError(t, err)
	rsaPubDER, err := x509.MarshalPKIXPublicKey(&rsaKey.PublicKey)
	require.NoError(t, err)

	rs256, err := auth.NewVerifier(auth.Config{Algorithms: []string{"RS256"}, Key: &rsaKey.PublicKey,
		Issuer: "https://issuer.example", Audience: "api", Now: clock})
	require.NoError(t, err)
	hs256, err := auth.NewVerifier(auth.Config{Algorithms: []string{"HS256"}, Key: secret, Now: clock})
	require.NoError(t, err)
	es256, err := auth.NewVerifier(auth.Config{Algorithms: []string{"ES256"}, Key: &ecKey.PublicKey, Now: clock})
	require.NoError(t, err)
	eddsa, err := auth.NewVerifier(auth.Config{Algorithms: []string{"EdDSA"}, Key: edPub, Now: clock})
	require.NoError(t, err)
	rotated, err := auth.NewVerifier(auth.Config{Algorithms: []string{"RS256", "PS256"},
		Keys: map[string]any{"2024-01": &otherRSA.PublicKey, "2024-03": &rsaKey.PublicKey}, Now: clock})
	require.NoError(t, err)
	leeway, err := auth.NewVerifier(auth.Config{Algorithms: []string{"HS256"}, Key: secret, Leeway: 2 * time.Minute, Now: clock})
	require.NoError(t, err)

	expired := claims()
	expired.ExpiresAt = jwt.NewNumericDate(now.Add(-time.Minute))
	noExp := claims()
	noExp.ExpiresAt = nil
	notYet := claims()
	notYet.NotBefore = jwt.NewNumericDate(now.Add(time.Minute))
	otherIss := claims()
	otherIss.Issuer = "https://evil.example"
	otherAud := claims()
	otherAud.Audience = jwt.ClaimStrings{"other"}

	tests := []struct {
		name  string
		v     *auth.Verifier
		token string
		err   string // "" for a valid token
	}{
		{"RS256", rs256, sign(t, jwt.SigningMethodRS256, rsaKey, claims(), ""), ""},
		{"HS256", hs256, sign(t, jwt.SigningMethodHS256, secret, claims(), ""), ""},
		{"ES256", es256, sign(t, jwt.SigningMethodES256, ecKey, claims(), ""), ""},
		{"EdDSA", eddsa, sign(t, jwt.SigningMethodEdDSA, edPriv, claims(), ""), ""},
		{"key id", rotated, sign(t, jwt.SigningMethodPS256, rsaKey, claims(), "2024-03"), ""},
		{"leeway", leeway, sign(t, jwt.SigningMethodHS256, secret, expired, ""), ""},
		{"wrong algorithm: RS384", rs256, sign(t, jwt.SigningMethodRS384, rsaKey, claims(), ""), "signing method RS384 is invalid"},
		{"wrong algorithm: HS256 with the public key as secret", rs256, sign(t, jwt.SigningMethodHS256, rsaPubDER, claims(), ""), "signing method HS256 is invalid"},
		{"wrong algorithm: none", hs256, sign(t, jwt.SigningMethodNone, jwt.UnsafeAllowNoneSignatureType, claims(), ""), "signing method none is invalid"},
		{"wrong key", rs256, sign(t, jwt.SigningMethodRS256, otherRSA, claims(), ""), "verification error"},
		{"wrong secret", hs256, sign(t, jwt.SigningMethodHS256, []byte("another secret of thirty-two byt"), claims(), ""), "signature is invalid"},
		{"expired", hs256, sign(t, jwt.SigningMethodHS256, secret, expired, ""), "token is expired"},
		{"no expiry", hs256, sign(t, jwt.SigningMethodHS256, secret, noExp, ""), "exp claim is required"},
		{"not valid yet", hs256, sign(t, jwt.SigningMethodHS256, secret, notYet, ""), "token is not valid yet"},
		{"wrong issuer", rs256, sign(t, jwt.SigningMethodRS256, rsaKey, otherIss, ""), "token has invalid issuer"},
		{"wrong audience", rs256, sign(t, jwt.SigningMethodRS256, rsaKey, otherAud, ""), "token has invalid audience"},
		{"unknown key id", rotated, sign(t, jwt.SigningMethodRS256, rsaKey, claims(), "2023-12"), `unknown key id "2023-12"`},
		{"no key id", rotated, sign(t, jwt.SigningMethodRS256, rsaKey, claims(), ""), `unknown key id ""`},
		{"garbage", hs256, "not.a.token", "token is malformed"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c, err := tt.v.Verify(tt.token)
			if tt.err == "" {
				require.NoError(t, err)
				assert.Equal(t, "user-1", c.Subject)
				return
			}
			assert.ErrorContains(t, err, tt.err)
			assert.Nil(t, c)
		})
	}
}

func TestNewVerifierErrors(t *testing.T) {
	rsaKey, err := rsa.GenerateKey(rand.Reader, 2048)
	require.NoError(t, err)
	tests := []struct {
		name string
		cfg  auth.Config
		err  string
	}{
		{"no algorithm", auth.Config{Key: secret}, "no signing algorithm"},
		{"none", auth.Config{Algorithms: []string{"none"}, Key: secret}, `unsupported signing algorithm "none"`},
		{"unknown", auth.Config{Algorithms: []string{"HS999"}, Key: secret}, `unsupported signing algorithm "HS999"`},
		{"mixed families", auth.Config{Algorithms: []string{"HS256", "RS256"}, Key: secret}, "need different kinds of keys"},
		{"short secret", auth.Config{Algorithms: []string{"HS256"}, Key: []byte("short")}, "shorter than 32 bytes"},
		{"secret for RSA", auth.Config{Algorithms: []string{"RS256"}, Key: secret}, "a []uint8 key does not fit rsa algorithms"},
		{"RSA key for HMAC", auth.Config{Algorithms: []string{"HS256"}, Key: &rsaKey.PublicKey}, "does not fit hmac algorithms"},
		{"private key", auth.Config{Algorithms: []string{"RS256"}, Key: rsaKey}, "*rsa.PrivateKey key does not fit"},
		{"no key", auth.Config{Algorithms: []string{"RS256"}}, "no verification key"},
		{"bad rotated key", auth.Config{Algorithms: []string{"RS256"}, Keys: map[string]any{"k1": secret}}, `key "k1"`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			v, err := auth.NewVerifier(tt.cfg)
			assert.ErrorContains(t, err, tt.err)
			assert.Nil(t, v)
		})
	}
}

func TestRequire(t *testing.T) {
	v, err := auth.NewVerifier(auth.Config{Algorithms: []string{"HS256"}, Key: secret, Now: clock})
	require.NoError(t, err)
	admin := func(ctx context.Context, ev *fn.Event) (*fn.Response, error) {
		c, ok := auth.ClaimsFrom(ctx)
		require.True(t, ok)
		return fn.JSON(200, map[string]string{"sub": c.Subject})
	}
	h := v.Require(admin, "users:read", "users:write")

	both := sign(t, jwt.SigningMethodHS256, secret, claims("users:read", "users:write"), "")
	scoped := claims()
	scoped.Scope = "openid users:read users:write"
	viaScope := sign(t, jwt.SigningMethodHS256, secret, scoped, "")
	readOnly := sign(t, jwt.SigningMethodHS256, secret, claims("users:read"), "")
	expired := claims("users:read", "users:write")
	expired.ExpiresAt = jwt.NewNumericDate(now.Add(-time.Second))
	expiredTok := sign(t, jwt.SigningMethodHS256, secret, expired, "")

	tests := []struct {
		name      string
		header    string
		status    int
		challenge string
	}{
		{"permissions", "Bearer " + both, 200, ""},
		{"scope", "Bearer " + viaScope, 200, ""},
		{"scheme in lower case", "bearer " + both, 200, ""},
		{"missing permission", "Bearer " + readOnly, 403, `Bearer error="insufficient_scope", scope="users:read users:write"`},
		{"expired", "Bearer " + expiredTok, 401, `Bearer error="invalid_token"`},
		{"no header", "", 401, "Bearer"},
		{"basic auth", "Basic dXNlcjpwYXNz", 401, "Bearer"},
		{"empty bearer", "Bearer ", 401, "Bearer"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ev := &fn.Event{Method: "GET", Path: "/admin", Header: http.Header{}, RequestContext: fn.RequestContext{RequestID: "r1"}}
			if tt.header != "" {
				ev.Header.Set("authorization", tt.header)
			}
			resp := fn.Serve(t.Context(), h, ev)
			assert.Equal(t, tt.status, resp.Status)
			var body map[string]any
			require.NoError(t, json.Unmarshal(resp.Body, &body))
			switch tt.status {
			case 200:
				assert.Equal(t, "user-1", body["sub"])
			case 401:
				assert.Equal(t, map[string]any{"error": "Unauthorized"}, body)
			case 403:
				assert.Equal(t, map[string]any{"error": "Forbidden"}, body)
			}
			assert.Equal(t, tt.challenge, resp.Header.Get("WWW-Authenticate"))
		})
	}
	_, ok := auth.ClaimsFrom(t.Context())
	assert.False(t, ok)
}
