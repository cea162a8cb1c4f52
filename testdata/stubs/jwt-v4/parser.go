package jwt

// Parser parses and verifies tokens.
type Parser struct {
	// ValidMethods, when set, lists the only signing methods accepted.
	ValidMethods []string
	// UseJSONNumber decodes numbers as json.Number.
	UseJSONNumber bool
	// SkipClaimsValidation skips the validation of claims.
	SkipClaimsValidation bool
}

// ParserOption configures a Parser.
type ParserOption func(*Parser)

// NewParser returns a parser with options.
func NewParser(options ...ParserOption) *Parser {
	p := &Parser{}
	for _, option := range options {
		option(p)
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

// WithValidMethods accepts only the signing methods named.
func WithValidMethods(methods []string) ParserOption {
	return func(p *Parser) { p.ValidMethods = methods }
}

// WithJSONNumber decodes numbers as json.Number.
func WithJSONNumber() ParserOption { return func(p *Parser) { p.UseJSONNumber = true } }

// WithoutClaimsValidation skips the validation of claims.
func WithoutClaimsValidation() ParserOption {
	return func(p *Parser) { p.SkipClaimsValidation = true }
}
