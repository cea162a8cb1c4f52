package jwt

import "time"

// Parser parses and verifies tokens.
type Parser struct {
	validMethods         []string
	useJSONNumber        bool
	skipClaimsValidation bool
	decodeStrict         bool
	decodePaddingAllowed bool
}

// ParserOption configures a Parser.
type ParserOption func(*Parser)

// NewParser returns a parser with options.
func NewParser(options ...ParserOption) *Parser {
	p := &Parser{}
	for _, o := range options {
		o(p)
	}
	return p
}

// Parse parses and verifies a token with MapClaims.
func (p *Parser) Parse(tokenString string, keyFunc Keyfunc) (*Token, error) { return nil, nil }

// ParseWithClaims parses and verifies a token into claims.
func (p *Parser) ParseWithClaims(tokenString string, claims Claims, keyFunc Keyfunc) (*Token, error) {
	return nil, nil
}

// ParseUnverified parses a token without verifying its signature.
func (p *Parser) ParseUnverified(tokenString string, claims Claims) (token *Token, parts []string, err error) {
	return nil, nil, nil
}

// Parse parses and verifies a token with MapClaims.
func Parse(tokenString string, keyFunc Keyfunc, options ...ParserOption) (*Token, error) {
	return NewParser(options...).Parse(tokenString, keyFunc)
}

// ParseWithClaims parses and verifies a token into claims.
func ParseWithClaims(tokenString string, claims Claims, keyFunc Keyfunc, options ...ParserOption) (*Token, error) {
	return NewParser(options...).ParseWithClaims(tokenString, claims, keyFunc)
}

// WithValidMethods accepts only the signing methods named.
func WithValidMethods(methods []string) ParserOption {
	return func(p *Parser) { p.validMethods = methods }
}

// WithJSONNumber decodes numbers as json.Number.
func WithJSONNumber() ParserOption { return func(p *Parser) { p.useJSONNumber = true } }

// WithoutClaimsValidation skips the validation of claims.
func WithoutClaimsValidation() ParserOption {
	return func(p *Parser) { p.skipClaimsValidation = true }
}

// WithLeeway allows leeway when validating times.
func WithLeeway(leeway time.Duration) ParserOption { return func(*Parser) {} }

// WithTimeFunc sets the clock used to validate times.
func WithTimeFunc(f func() time.Time) ParserOption { return func(*Parser) {} }

// WithIssuedAt validates the iat claim.
func WithIssuedAt() ParserOption { return func(*Parser) {} }

// WithExpirationRequired requires the exp claim.
func WithExpirationRequired() ParserOption { return func(*Parser) {} }

// WithNotBeforeRequired requires the nbf claim.
func WithNotBeforeRequired() ParserOption { return func(*Parser) {} }

// WithAudience requires one of the audiences.
func WithAudience(aud ...string) ParserOption { return func(*Parser) {} }

// WithAllAudiences requires all the audiences.
func WithAllAudiences(aud ...string) ParserOption { return func(*Parser) {} }

// WithIssuer requires the issuer.
func WithIssuer(iss string) ParserOption { return func(*Parser) {} }

// WithSubject requires the subject.
func WithSubject(sub string) ParserOption { return func(*Parser) {} }

// WithPaddingAllowed accepts padded segments.
func WithPaddingAllowed() ParserOption { return func(p *Parser) { p.decodePaddingAllowed = true } }

// WithStrictDecoding rejects non-canonical base64.
func WithStrictDecoding() ParserOption { return func(p *Parser) { p.decodeStrict = true } }
