package jwt

import (
	"crypto"
	"crypto/ecdsa"
	"crypto/rsa"
	"errors"
)

// SigningMethod signs and verifies tokens.
type SigningMethod interface {
	Verify(signingString, signature string, key interface{}) error
	Sign(signingString string, key interface{}) (string, error)
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

// The HMAC signing methods, and the error of an invalid signature.
var (
	SigningMethodHS256  = &SigningMethodHMAC{"HS256", crypto.SHA256}
	SigningMethodHS384  = &SigningMethodHMAC{"HS384", crypto.SHA384}
	SigningMethodHS512  = &SigningMethodHMAC{"HS512", crypto.SHA512}
	ErrSignatureInvalid = errors.New("signature is invalid")
)

// Alg returns the name of the algorithm.
func (m *SigningMethodHMAC) Alg() string { return m.Name }

// Verify verifies signature with key.
func (m *SigningMethodHMAC) Verify(signingString, signature string, key interface{}) error {
	return nil
}

// Sign signs with key.
func (m *SigningMethodHMAC) Sign(signingString string, key interface{}) (string, error) {
	return "", nil
}

// SigningMethodRSA is RSA PKCS #1 v1.5 signing.
type SigningMethodRSA struct {
	Name string
	Hash crypto.Hash
}

// The RSA signing methods.
var (
	SigningMethodRS256 = &SigningMethodRSA{"RS256", crypto.SHA256}
	SigningMethodRS384 = &SigningMethodRSA{"RS384", crypto.SHA384}
	SigningMethodRS512 = &SigningMethodRSA{"RS512", crypto.SHA512}
)

// Alg returns the name of the algorithm.
func (m *SigningMethodRSA) Alg() string { return m.Name }

// Verify verifies signature with key.
func (m *SigningMethodRSA) Verify(signingString, signature string, key interface{}) error {
	return nil
}

// Sign signs with key.
func (m *SigningMethodRSA) Sign(signingString string, key interface{}) (string, error) {
	return "", nil
}

// SigningMethodECDSA is ECDSA signing.
type SigningMethodECDSA struct {
	Name      string
	Hash      crypto.Hash
	KeySize   int
	CurveBits int
}

// The ECDSA signing methods.
var (
	SigningMethodES256 = &SigningMethodECDSA{"ES256", crypto.SHA256, 32, 256}
	SigningMethodES384 = &SigningMethodECDSA{"ES384", crypto.SHA384, 48, 384}
	SigningMethodES512 = &SigningMethodECDSA{"ES512", crypto.SHA512, 66, 521}
)

// Alg returns the name of the algorithm.
func (m *SigningMethodECDSA) Alg() string { return m.Name }

// Verify verifies signature with key.
func (m *SigningMethodECDSA) Verify(signingString, signature string, key interface{}) error {
	return nil
}

// Sign signs with key.
func (m *SigningMethodECDSA) Sign(signingString string, key interface{}) (string, error) {
	return "", nil
}

// SigningMethodNone is the none signing method.
var SigningMethodNone = &signingMethodNone{}

// UnsafeAllowNoneSignatureType is the only key the none method accepts.
const UnsafeAllowNoneSignatureType unsafeNoneMagicConstant = "none signing method allowed"

type signingMethodNone struct{}

type unsafeNoneMagicConstant string

// Alg returns "none".
func (m *signingMethodNone) Alg() string { return "none" }

// Verify accepts only UnsafeAllowNoneSignatureType.
func (m *signingMethodNone) Verify(signingString, signature string, key interface{}) (err error) {
	return nil
}

// Sign returns an empty signature.
func (m *signingMethodNone) Sign(signingString string, key interface{}) (string, error) {
	return "", nil
}

// ParseRSAPrivateKeyFromPEM parses a PEM encoded RSA private key.
func ParseRSAPrivateKeyFromPEM(key []byte) (*rsa.PrivateKey, error) { return nil, nil }

// ParseRSAPublicKeyFromPEM parses a PEM encoded RSA public key.
func ParseRSAPublicKeyFromPEM(key []byte) (*rsa.PublicKey, error) { return nil, nil }

// ParseECPrivateKeyFromPEM parses a PEM encoded EC private key.
func ParseECPrivateKeyFromPEM(key []byte) (*ecdsa.PrivateKey, error) { return nil, nil }

// ParseECPublicKeyFromPEM parses a PEM encoded EC public key.
func ParseECPublicKeyFromPEM(key []byte) (*ecdsa.PublicKey, error) { return nil, nil }
