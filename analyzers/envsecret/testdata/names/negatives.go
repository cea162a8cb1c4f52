package names

import "fmt"

// Names that merely contain a secret word: the last word is what the
// value is.
const (
	tokenURL          = "https://auth.example.com/oauth2/token"
	passwordField     = "password"
	passwordMinLength = "12"
	secretName        = "prod/orders/db"
	keyID             = "2f7c9e1a-8b4d"
	tokenType         = "Bearer"
	passwordEnv       = "DB_PASSWORD"
)

// Values that are names of secrets themselves (logsecret's categories,
// a flag's name).
const (
	CategoryCredential = "credential"
	FlagPassword       = "password"
	HeaderXAPIKey      = "X-Api-Key"
)

// Values that cannot be credentials, even under a secret name.
const (
	apiKeyHeader = "X-Api-Key"
	// The name of the variable the password is read from.
	dbPasswordVar = "DB_PASSWORD"
	emptyToken    = ""
)

var (
	// A message under a secret-ish name.
	errPassword = fmt.Errorf("password is too short")
	// Placeholders and templates.
	adminPassword = "changeme-in-prod"
	sessionToken  = "${SESSION_TOKEN}"
	authToken     = "<token>"
	apiSecret     = "%s"
	clientSecret  = "********"
)

// Pagination and idempotency tokens are not credentials.
type listInput struct {
	NextToken   string
	ClientToken string
	PageToken   string
}

func firstPage() listInput {
	return listInput{NextToken: "eyJvZmZzZXQiOjB9", ClientToken: "order-1234", PageToken: "p2"}
}

// A field that holds a secret, set from a non-literal.
type creds struct{ Password string }

func fromInput(pw string) creds {
	c := creds{Password: pw}
	c.Password = pw + "!"
	return c
}

var _ = []any{tokenURL, passwordField, passwordMinLength, secretName, keyID, tokenType, passwordEnv,
	apiKeyHeader, dbPasswordVar, emptyToken, errPassword, adminPassword, sessionToken, authToken,
	apiSecret, clientSecret, firstPage, fromInput}

// Form field and header names under secret names: the value is a name.
const (
	FieldPassword = "password"
	HeaderAPIKey  = "x-api-key"
	grantToken    = "refresh_token"
)

var _ = []any{FieldPassword, HeaderAPIKey, grantToken}

// Labels: the value is a word of the name, as in an enumeration of kinds of
// keys (cli/cli, pkg/cmd/ssh-key/shared).
const (
	AuthenticationKey = "authentication"
	SigningKey        = "signing"
	TokenKindRefresh  = "refresh"
	secretModeSealed  = "sealed-secret"
)

var _ = []any{AuthenticationKey, SigningKey, TokenKindRefresh, secretModeSealed}

// CORS headers name a policy about credentials, not one
// (serverless-patterns/api-gateway-cors-whitelist-cdk).
func corsHeaders(origin string) map[string]string {
	return map[string]string{
		"Access-Control-Allow-Origin":      origin,
		"Access-Control-Allow-Credentials": "true",
	}
}

var requirePassword = "yes"

var _ = []any{corsHeaders, requirePassword}
