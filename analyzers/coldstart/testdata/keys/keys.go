// Package main parses keys and certificates written in the code on every
// invocation.
package main

import (
	"context"
	"crypto/tls"
	"crypto/x509"
	"encoding/pem"
	"errors"

	"github.com/aws/aws-lambda-go/events"
	"github.com/aws/aws-lambda-go/lambda"
	"github.com/golang-jwt/jwt/v5"
)

const publicKeyPEM = `-----BEGIN PUBLIC KEY-----
MFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAE
-----END PUBLIC KEY-----`

const caPEM = `-----BEGIN CERTIFICATE-----
MIIBszCCAVmgAwIBAgIU
-----END CERTIFICATE-----`

const clientKeyPEM = `-----BEGIN EC PRIVATE KEY-----
MHcCAQEEIAb
-----END EC PRIVATE KEY-----`

func authorize(ctx context.Context, req events.APIGatewayV2HTTPRequest) (events.APIGatewayV2HTTPResponse, error) {
	key, err := jwt.ParseECPublicKeyFromPEM([]byte(publicKeyPEM)) // want `jwt.ParseECPublicKeyFromPEM of constant data runs on every invocation \(authorize\); parse it once at init`
	if err != nil {
		return events.APIGatewayV2HTTPResponse{StatusCode: 500}, nil
	}
	tok, err := jwt.Parse(req.Headers["authorization"], func(*jwt.Token) (any, error) { return key, nil },
		jwt.WithValidMethods([]string{"ES256"}))
	if err != nil || !tok.Valid {
		return events.APIGatewayV2HTTPResponse{StatusCode: 401}, nil
	}
	return events.APIGatewayV2HTTPResponse{StatusCode: 200}, nil
}

func callPartner(ctx context.Context, ev events.SQSEvent) error {
	pool := x509.NewCertPool()
	if !pool.AppendCertsFromPEM([]byte(caPEM)) { // want `x509.CertPool.AppendCertsFromPEM of constant data runs on every invocation \(callPartner\)`
		return errors.New("bad CA")
	}
	block, _ := pem.Decode([]byte(caPEM)) // want `pem.Decode of constant data runs on every invocation \(callPartner\)`
	if block == nil {
		return errors.New("no certificate")
	}
	if _, err := x509.ParseCertificate(block.Bytes); err != nil { // already reported at pem.Decode
		return err
	}
	cert, err := tls.X509KeyPair([]byte(caPEM), []byte(clientKeyPEM)) // want `tls.X509KeyPair of constant data runs on every invocation \(callPartner\)`
	if err != nil {
		return err
	}
	_ = &tls.Config{RootCAs: pool, Certificates: []tls.Certificate{cert}}
	// The signature of each record is parsed from the record: not constant.
	for _, m := range ev.Records {
		if b, _ := pem.Decode([]byte(m.Body)); b == nil {
			return errors.New("record without PEM")
		}
	}
	return nil
}

func main() {
	lambda.Start(authorize)
	lambda.Start(callPartner)
}
