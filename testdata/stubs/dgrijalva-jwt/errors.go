package jwt

import "errors"

// Errors of keys.
var (
	ErrInvalidKey      = errors.New("key is invalid")
	ErrInvalidKeyType  = errors.New("key is of invalid type")
	ErrHashUnavailable = errors.New("the requested hash function is unavailable")
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
