// Package jose is a fixture stub of github.com/go-jose/go-jose/v4 v4.1.4:
// signature algorithms, headers and keys.
package jose

import (
	"crypto/x509"
	"net/url"
)

// SignatureAlgorithm is a signature (or MAC) algorithm.
type SignatureAlgorithm string

// The signature algorithms.
const (
	EdDSA = SignatureAlgorithm("EdDSA")
	HS256 = SignatureAlgorithm("HS256")
	HS384 = SignatureAlgorithm("HS384")
	HS512 = SignatureAlgorithm("HS512")
	RS256 = SignatureAlgorithm("RS256")
	RS384 = SignatureAlgorithm("RS384")
	RS512 = SignatureAlgorithm("RS512")
	ES256 = SignatureAlgorithm("ES256")
	ES384 = SignatureAlgorithm("ES384")
	ES512 = SignatureAlgorithm("ES512")
	PS256 = SignatureAlgorithm("PS256")
	PS384 = SignatureAlgorithm("PS384")
	PS512 = SignatureAlgorithm("PS512")
)

// HeaderKey is the name of a header parameter.
type HeaderKey string

// Header is the protected or unprotected header of a signature.
type Header struct {
	KeyID      string
	JSONWebKey *JSONWebKey
	Algorithm  string
	Nonce      string

	certificates []*x509.Certificate

	ExtraHeaders map[HeaderKey]interface{}
}

// JSONWebKey is a JWK, public or private.
type JSONWebKey struct {
	Key                         interface{}
	KeyID                       string
	Algorithm                   string
	Use                         string
	Certificates                []*x509.Certificate
	CertificatesURL             *url.URL
	CertificateThumbprintSHA1   []byte
	CertificateThumbprintSHA256 []byte
}
