package jwt

import "time"

// Claims is the set of claims of a token.
type Claims interface {
	Valid() error
}

// MapClaims are claims decoded into a map.
type MapClaims map[string]interface{}

// VerifyAudience compares the aud claim with cmp.
func (m MapClaims) VerifyAudience(cmp string, req bool) bool { return false }

// VerifyExpiresAt compares the exp claim with cmp.
func (m MapClaims) VerifyExpiresAt(cmp int64, req bool) bool { return false }

// VerifyIssuedAt compares the iat claim with cmp.
func (m MapClaims) VerifyIssuedAt(cmp int64, req bool) bool { return false }

// VerifyNotBefore compares the nbf claim with cmp.
func (m MapClaims) VerifyNotBefore(cmp int64, req bool) bool { return false }

// VerifyIssuer compares the iss claim with cmp.
func (m MapClaims) VerifyIssuer(cmp string, req bool) bool { return false }

// Valid validates the time claims exp, iat and nbf when present.
func (m MapClaims) Valid() error { return nil }

// RegisteredClaims are the claims registered by RFC 7519.
type RegisteredClaims struct {
	Issuer    string       `json:"iss,omitempty"`
	Subject   string       `json:"sub,omitempty"`
	Audience  ClaimStrings `json:"aud,omitempty"`
	ExpiresAt *NumericDate `json:"exp,omitempty"`
	NotBefore *NumericDate `json:"nbf,omitempty"`
	IssuedAt  *NumericDate `json:"iat,omitempty"`
	ID        string       `json:"jti,omitempty"`
}

// Valid validates the time claims exp, iat and nbf when present.
func (c RegisteredClaims) Valid() error { return nil }

// VerifyAudience compares the aud claim with cmp.
func (c *RegisteredClaims) VerifyAudience(cmp string, req bool) bool { return false }

// VerifyExpiresAt compares the exp claim with cmp.
func (c *RegisteredClaims) VerifyExpiresAt(cmp time.Time, req bool) bool { return false }

// VerifyIssuedAt compares the iat claim with cmp.
func (c *RegisteredClaims) VerifyIssuedAt(cmp time.Time, req bool) bool { return false }

// VerifyNotBefore compares the nbf claim with cmp.
func (c *RegisteredClaims) VerifyNotBefore(cmp time.Time, req bool) bool { return false }

// VerifyIssuer compares the iss claim with cmp.
func (c *RegisteredClaims) VerifyIssuer(cmp string, req bool) bool { return false }

// StandardClaims are the registered claims with integer dates.
//
// Deprecated: Use RegisteredClaims instead.
type StandardClaims struct {
	Audience  string `json:"aud,omitempty"`
	ExpiresAt int64  `json:"exp,omitempty"`
	Id        string `json:"jti,omitempty"`
	IssuedAt  int64  `json:"iat,omitempty"`
	Issuer    string `json:"iss,omitempty"`
	NotBefore int64  `json:"nbf,omitempty"`
	Subject   string `json:"sub,omitempty"`
}

// Valid validates the time claims exp, iat and nbf when present.
func (c StandardClaims) Valid() error { return nil }

// VerifyAudience compares the aud claim with cmp.
func (c *StandardClaims) VerifyAudience(cmp string, req bool) bool { return false }

// VerifyExpiresAt compares the exp claim with cmp.
func (c *StandardClaims) VerifyExpiresAt(cmp int64, req bool) bool { return false }

// VerifyIssuedAt compares the iat claim with cmp.
func (c *StandardClaims) VerifyIssuedAt(cmp int64, req bool) bool { return false }

// VerifyNotBefore compares the nbf claim with cmp.
func (c *StandardClaims) VerifyNotBefore(cmp int64, req bool) bool { return false }

// VerifyIssuer compares the iss claim with cmp.
func (c *StandardClaims) VerifyIssuer(cmp string, req bool) bool { return false }

// TimePrecision is the precision of NumericDate.
var TimePrecision = time.Second

// NumericDate is a JSON numeric date.
type NumericDate struct {
	time.Time
}

// NewNumericDate returns t as a NumericDate.
func NewNumericDate(t time.Time) *NumericDate { return &NumericDate{t} }

// ClaimStrings is a claim that is a string or an array of strings.
type ClaimStrings []string
