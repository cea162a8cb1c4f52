package jwt

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

// VerifyIssuer compares the iss claim with cmp.
func (m MapClaims) VerifyIssuer(cmp string, req bool) bool { return false }

// VerifyNotBefore compares the nbf claim with cmp.
func (m MapClaims) VerifyNotBefore(cmp int64, req bool) bool { return false }

// Valid validates the time claims exp, iat and nbf when present.
func (m MapClaims) Valid() error { return nil }

// StandardClaims are the registered claims of RFC 7519.
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

// VerifyIssuer compares the iss claim with cmp.
func (c *StandardClaims) VerifyIssuer(cmp string, req bool) bool { return false }

// VerifyNotBefore compares the nbf claim with cmp.
func (c *StandardClaims) VerifyNotBefore(cmp int64, req bool) bool { return false }
