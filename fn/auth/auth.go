// Package auth verifies Bearer JSON Web Tokens for request functions of
// the fn runtime, with github.com/golang-jwt/jwt/v5.
//
// A [Verifier] accepts only the signing algorithms it is configured with,
// checks that the key type fits them (no HMAC secret in place of an RSA key,
// no "none"), requires an expiry, and checks the issuer and audience when
// they are set. [Verifier.Require] guards a request function: no or an
// invalid token is answered 401, a valid token lacking a permission 403.
package auth

import (
	"context"
	"crypto/ecdsa"
	"crypto/ed25519"
	"crypto/rsa"
	"errors"
	"fmt"
	"log/slog"
	"net/http"
	"slices"
	"strings"
	"time"

	"github.com/golang-jwt/jwt/v5"

	"github.com/fnlint/fnlint/fn"
)

// Claims are the claims of a verified token.
type Claims struct {
	jwt.RegisteredClaims
	// Permissions lists granted permissions, as Auth0 and others issue
	// them.
	Permissions []string `json:"permissions,omitempty"`
	// Scope lists granted OAuth scopes, separated by spaces.
	Scope string `json:"scope,omitempty"`
}

// Has tells whether the token grants permission, in Permissions or Scope.
func (c *Claims) Has(permission string) bool {
	return slices.Contains(c.Permissions, permission) || slices.Contains(strings.Fields(c.Scope), permission)
}

// Config configures a [Verifier].
type Config struct {
	// Algorithms lists the accepted signing algorithms, as "RS256" or
	// "HS256". Required; "none" is refused, and all must take the kind of
	// key given.
	Algorithms []string
	// Key verifies every token: a []byte secret of at least 32 bytes for
	// HS256/384/512, an *rsa.PublicKey for RS* and PS*, an
	// *ecdsa.PublicKey for ES*, an ed25519.PublicKey for EdDSA.
	Key any
	// Keys holds verification keys by key id, for key rotation: a token
	// must then name one in its "kid" header. Used when Key is nil.
	Keys map[string]any
	// Issuer, when set, must equal the token's "iss".
	Issuer string
	// Audience, when set, must be among the token's "aud".
	Audience string
	// Leeway tolerates clock skew in the time claims.
	Leeway time.Duration
	// Now returns the current time; nil means time.Now. For tests.
	Now func() time.Time
}

// A Verifier verifies Bearer tokens. Create it once, at cold start, and
// share it: it is safe for concurrent use.
type Verifier struct {
	parser *jwt.Parser
	key    any
	keys   map[string]any
	family string
}

// NewVerifier checks cfg and returns a verifier.
func NewVerifier(cfg Config) (*Verifier, error) {
	if len(cfg.Algorithms) == 0 {
		return nil, errors.New("auth: no signing algorithm: pin the algorithms tokens must use")
	}
	family := ""
	for _, alg := range cfg.Algorithms {
		f := algFamily(alg)
		if f == "" {
			return nil, fmt.Errorf("auth: unsupported signing algorithm %q", alg)
		}
		if family != "" && f != family {
			return nil, fmt.Errorf("auth: algorithms %v need different kinds of keys", cfg.Algorithms)
		}
		family = f
	}
	keys := cfg.Keys
	if cfg.Key != nil {
		keys = nil
		if err := checkKey(family, cfg.Key); err != nil {
			return nil, err
		}
	} else {
		if len(keys) == 0 {
			return nil, errors.New("auth: no verification key")
		}
		for kid, k := range keys {
			if err := checkKey(family, k); err != nil {
				return nil, fmt.Errorf("key %q: %w", kid, err)
			}
		}
	}
	opts := []jwt.ParserOption{
		jwt.WithValidMethods(cfg.Algorithms),
		jwt.WithExpirationRequired(),
		jwt.WithLeeway(cfg.Leeway),
	}
	if cfg.Issuer != "" {
		opts = append(opts, jwt.WithIssuer(cfg.Issuer))
	}
	if cfg.Audience != "" {
		opts = append(opts, jwt.WithAudience(cfg.Audience))
	}
	if cfg.Now != nil {
		opts = append(opts, jwt.WithTimeFunc(cfg.Now))
	}
	return &Verifier{parser: jwt.NewParser(opts...), key: cfg.Key, keys: keys, family: family}, nil
}

// algFamily returns the kind of key an algorithm takes, "" when unknown.
func algFamily(alg string) string {
	switch jwt.GetSigningMethod(alg).(type) {
	case *jwt.SigningMethodHMAC:
		return "hmac"
	case *jwt.SigningMethodRSA, *jwt.SigningMethodRSAPSS:
		return "rsa"
	case *jwt.SigningMethodECDSA:
		return "ecdsa"
	case *jwt.SigningMethodEd25519:
		return "ed25519"
	}
	return ""
}

// checkKey checks that key fits the family of algorithms.
func checkKey(family string, key any) error {
	ok := false
	switch k := key.(type) {
	case []byte:
		if family == "hmac" && len(k) < 32 {
			return errors.New("auth: HMAC secret shorter than 32 bytes")
		}
		ok = family == "hmac"
	case *rsa.PublicKey:
		ok = family == "rsa"
	case *ecdsa.PublicKey:
		ok = family == "ecdsa"
	case ed25519.PublicKey:
		ok = family == "ed25519"
	}
	if !ok {
		return fmt.Errorf("auth: a %T key does not fit %s algorithms", key, family)
	}
	return nil
}

// keyFor is the jwt.Keyfunc: it picks the key and refuses algorithms of
// another family, as a second guard after WithValidMethods.
func (v *Verifier) keyFor(t *jwt.Token) (any, error) {
	if algFamily(t.Method.Alg()) != v.family {
		return nil, fmt.Errorf("unexpected signing method %s", t.Method.Alg())
	}
	if v.key != nil {
		return v.key, nil
	}
	kid, _ := t.Header["kid"].(string)
	k, ok := v.keys[kid]
	if !ok {
		return nil, fmt.Errorf("unknown key id %q", kid)
	}
	return k, nil
}

// Verify verifies a token and returns its claims.
func (v *Verifier) Verify(token string) (*Claims, error) {
	claims := &Claims{}
	t, err := v.parser.ParseWithClaims(token, claims, v.keyFor)
	if err != nil {
		return nil, fmt.Errorf("verify token: %w", err)
	}
	if !t.Valid {
		return nil, errors.New("verify token: invalid token")
	}
	return claims, nil
}

type claimsKey struct{}

// ClaimsFrom returns the claims of the request's verified token, set by
// [Verifier.Require].
func ClaimsFrom(ctx context.Context) (*Claims, bool) {
	c, ok := ctx.Value(claimsKey{}).(*Claims)
	return c, ok
}

// BearerToken returns the token of an "Authorization: Bearer" header.
func BearerToken(ev *fn.Event) (string, bool) {
	scheme, token, ok := strings.Cut(ev.Header.Get("Authorization"), " ")
	token = strings.TrimSpace(token)
	if !ok || !strings.EqualFold(scheme, "Bearer") || token == "" {
		return "", false
	}
	return token, true
}

// Require returns a request function that runs h only for requests with a
// valid Bearer token granting every permission listed. It answers 401
// {"error":"Unauthorized"} when the token is missing or invalid, and 403
// {"error":"Forbidden"} when a permission is missing. h finds the claims
// with [ClaimsFrom].
func (v *Verifier) Require(h fn.RequestFunc, permissions ...string) fn.RequestFunc {
	return func(ctx context.Context, ev *fn.Event) (*fn.Response, error) {
		token, ok := BearerToken(ev)
		if !ok {
			return nil, unauthorized("", errors.New("no Bearer token"))
		}
		claims, err := v.Verify(token)
		if err != nil {
			return nil, unauthorized("invalid_token", err)
		}
		for _, p := range permissions {
			if !claims.Has(p) {
				slog.InfoContext(ctx, "permission denied", "requestId", ev.RequestContext.RequestID,
					"subject", claims.Subject, "permission", p)
				return nil, &fn.Error{
					Status:  http.StatusForbidden,
					Message: "Forbidden",
					Header:  http.Header{"Www-Authenticate": {`Bearer error="insufficient_scope", scope="` + strings.Join(permissions, " ") + `"`}},
					Err:     fmt.Errorf("subject %q lacks permission %q", claims.Subject, p),
				}
			}
		}
		return h(context.WithValue(ctx, claimsKey{}, claims), ev)
	}
}

// unauthorized returns the 401 error, with the RFC 6750 challenge.
func unauthorized(code string, cause error) *fn.Error {
	challenge := "Bearer"
	if code != "" {
		challenge += ` error="` + code + `"`
	}
	return &fn.Error{
		Status:  http.StatusUnauthorized,
		Message: "Unauthorized",
		Header:  http.Header{"Www-Authenticate": {challenge}},
		Err:     cause,
	}
}
