package jwt

import "errors"

// Errors of parsing and verification.
var (
	ErrInvalidKey      = errors.New("key is invalid")
	ErrInvalidKeyType  = errors.New("key is of invalid type")
	ErrHashUnavailable = errors.New("the requested hash function is unavailable")

	ErrTokenMalformed        = errors.New("token is malformed")
	ErrTokenUnverifiable     = errors.New("token is unverifiable")
	ErrTokenSignatureInvalid = errors.New("token signature is invalid")

	ErrTokenInvalidAudience  = errors.New("token has invalid audience")
	ErrTokenExpired          = errors.New("token is expired")
	ErrTokenUsedBeforeIssued = errors.New("token used before issued")
	ErrTokenInvalidIssuer    = errors.New("token has invalid issuer")
	ErrTokenNotValidYet      = errors.New("token is not valid yet")
	ErrTokenInvalidId        = errors.New("token has invalid id")
	ErrTokenInvalidClaims    = errors.New("token has invalid claims")
)

// The bits of ValidationError.Errors.
const (
	ValidationErrorMalformed uint32 = 1 << iota
	ValidationErrorUnverifiable
	ValidationErrorSignatureInvalid
	ValidationErrorAudience
	ValidationErrorExpired
	ValidationErrorIssuedAt
	ValidationErrorIssuer
	ValidationErrorNotValidYet
	ValidationErrorId
	ValidationErrorClaimsInvalid
)

// NewValidationError returns a ValidationError with a message.
func NewValidationError(errorText string, errorFlags uint32) *ValidationError {
	return &ValidationError{text: errorText, Errors: errorFlags}
}

// ValidationError is the error Parse returns for an invalid token.
type ValidationError struct {
	Inner  error
	Errors uint32
	text   string
}

// Error returns the message of the error.
func (e ValidationError) Error() string { return e.text }

// Unwrap returns the inner error.
func (e *ValidationError) Unwrap() error { return e.Inner }

// Is reports whether the error is err.
func (e *ValidationError) Is(err error) bool { return false }
