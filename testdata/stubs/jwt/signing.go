package jwt

import (
	"crypto"
	"crypto/ecdsa"
	"crypto/rsa"
	"errors"
)

// SigningMethod signs and verifies tokens.
type SigningMethod interface {
	Verify(signingString string, sig []byte, key any) error
	Sign(signingString string, key any) ([]byte, error)
	Alg() string
}

// RegisterSigningMethod registers a signing method for alg.
func RegisterSigningMethod(alg string, f func() SigningMethod) {}

// GetSigningMethod returns the signing method registered for alg.
func GetSigningMethod(alg string) (method SigningMethod) { return nil }

// GetAlgorithms returns the registered algorithms.
func GetAlgorithms() (algs []string) { return nil }

// SigningMethodHMAC is HMAC-SHA signing.
type SigningMethodHMAC struct {
	Name string
	Hash crypto.Hash
}

// Alg returns the name of the algorithm.
func (m *SigningMethodHMAC) Alg() string { return m.Name }

// Verify verifies sig with key.
func (m *SigningMethodHMAC) Verify(signingString string, sig []byte, key any) error { return nil }

// Sign signs with key.
func (m *SigningMethodHMAC) Sign(signingString string, key any) ([]byte, error) { return nil, nil }

// SigningMethodRSA is RSA PKCS #1 v1.5 signing.
type SigningMethodRSA struct {
	Name string
	Hash crypto.Hash
}

// Alg returns the name of the algorithm.
func (m *SigningMethodRSA) Alg() string { return m.Name }

// Verify verifies sig with key.
func (m *SigningMethodRSA) Verify(signingString string, sig []byte, key any) error { return nil }

// Sign signs with key.
func (m *SigningMethodRSA) Sign(signingString string, key any) ([]byte, error) { return nil, nil }

// SigningMethodECDSA is ECDSA signing.
type SigningMethodECDSA struct {
	Name      string
	Hash      crypto.Hash
	KeySize   int
	CurveBits int
}

// Alg returns the name of the algorithm.
func (m *SigningMethodECDSA) Alg() string { return m.Name }

// Verify verifies sig with key.
func (m *SigningMethodECDSA) Verify(signingString string, sig []byte, key any) error {
	return nil
}

// Sign signs with key.
func (m *SigningMethodECDSA) Sign(signingString string, key any) ([]byte, error) { return nil, nil }

// SigningMethodEd25519 is EdDSA signing.
type SigningMethodEd25519 struct{}

// Alg returns the name of the algorithm.
func (m *SigningMethodEd25519) Alg() string { return "EdDSA" }

// Verify verifies sig with key.
func (m *SigningMethodEd25519) Verify(signingString string, sig []byte, key any) error {
	return nil
}

// Sign signs with key.
func (m *SigningMethodEd25519) Sign(signingString string, key any) ([]byte, error) {
	return nil, nil
}

// The signing methods.
var (
	SigningMethodHS256 = &SigningMethodHMAC{"HS256", crypto.SHA256}
	SigningMethodHS384 = &SigningMethodHMAC{"HS384", crypto.SHA384}
	SigningMethodHS512 = &SigningMethodHMAC{"HS512", crypto.SHA512}
	SigningMethodRS256 = &SigningMethodRSA{"RS256", crypto.SHA256}
	SigningMethodRS384 = &SigningMethodRSA{"RS384", crypto.SHA384}
	SigningMethodRS512 = &SigningMethodRSA{"RS512", crypto.SHA512}
	SigningMethodES256 = &SigningMethodECDSA{"ES256", crypto.SHA256, 32, 256}
	SigningMethodES384 = &SigningMethodECDSA{"ES384", crypto.SHA384, 48, 384}
	SigningMethodES512 = &SigningMethodECDSA{"ES512", crypto.SHA512, 66, 521}
	SigningMethodEdDSA = &SigningMethodEd25519{}
	SigningMethodNone  = &signingMethodNone{}
)

type signingMethodNone struct{}

type unsafeNoneMagicConstant string

// UnsafeAllowNoneSignatureType is the only key the none method accepts.
const UnsafeAllowNoneSignatureType unsafeNoneMagicConstant = "none signing method allowed"

// Alg returns "none".
func (m *signingMethodNone) Alg() string { return "none" }

// Verify accepts only UnsafeAllowNoneSignatureType.
func (m *signingMethodNone) Verify(signingString string, sig []byte, key any) (err error) {
	return nil
}

// Sign returns an empty signature.
func (m *signingMethodNone) Sign(signingString string, key any) ([]byte, error) { return nil, nil }

// ParseRSAPrivateKeyFromPEM parses a PEM encoded RSA private key.
func ParseRSAPrivateKeyFromPEM(key []byte) (*rsa.PrivateKey, error) { return nil, nil }

// ParseRSAPublicKeyFromPEM parses a PEM encoded RSA public key.
func ParseRSAPublicKeyFromPEM(key []byte) (*rsa.PublicKey, error) { return nil, nil }

// ParseECPrivateKeyFromPEM parses a PEM encoded EC private key.
func ParseECPrivateKeyFromPEM(key []byte) (*ecdsa.PrivateKey, error) { return nil, nil }

// ParseECPublicKeyFromPEM parses a PEM encoded EC public key.
func ParseECPublicKeyFromPEM(key []byte) (*ecdsa.PublicKey, error) { return nil, nil }

// Errors of parsing and verification.
var (
	ErrInvalidKey                = errors.New("key is invalid")
	ErrInvalidKeyType            = errors.New("key is of invalid type")
	ErrHashUnavailable           = errors.New("the requested hash function is unavailable")
	ErrTokenMalformed            = errors.New("token is malformed")
	ErrTokenUnverifiable         = errors.New("token is unverifiable")
	ErrTokenSignatureInvalid     = errors.New("token signature is invalid")
	ErrTokenRequiredClaimMissing = errors.New("token is missing required claim")
	ErrTokenInvalidAudience      = errors.New("token has invalid audience")
	ErrTokenExpired              = errors.New("token is expired")
	ErrTokenUsedBeforeIssued     = errors.New("token used before issued")
	ErrTokenInvalidIssuer        = errors.New("token has invalid issuer")
	ErrTokenInvalidSubject       = errors.New("token has invalid subject")
	ErrTokenNotValidYet          = errors.New("token is not valid yet")
	ErrTokenInvalidId            = errors.New("token has invalid id")
	ErrTokenInvalidClaims        = errors.New("token has invalid claims")
	ErrInvalidType               = errors.New("invalid type for claim")
	ErrSignatureInvalid          = errors.New("signature is invalid")
)
