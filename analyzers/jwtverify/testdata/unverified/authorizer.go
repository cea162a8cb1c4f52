// Package main is a Lambda authorizer and API that read the claims of
// tokens they never verify.
package main

import (
	"context"
	"errors"
	"strings"

	"github.com/aws/aws-lambda-go/events"
	"github.com/aws/aws-lambda-go/lambda"
	"github.com/golang-jwt/jwt/v5"
)

var parser = jwt.NewParser(jwt.WithExpirationRequired())

// authorize answers API Gateway with a policy built from unverified
// claims: the principal and the effect are the attacker's to choose.
func authorize(ctx context.Context, req events.APIGatewayCustomAuthorizerRequest) (events.APIGatewayCustomAuthorizerResponse, error) {
	raw := strings.TrimPrefix(req.AuthorizationToken, "Bearer ")
	claims := jwt.MapClaims{}
	if _, _, err := parser.ParseUnverified(raw, claims); err != nil { // want `\(\*jwt.Parser\).ParseUnverified decides access with claims whose signature is never checked`
		return events.APIGatewayCustomAuthorizerResponse{}, errors.New("Unauthorized")
	}
	sub, _ := claims["sub"].(string)
	return policy(sub, "Allow", req.MethodArn), nil
}

// policy builds the answer of the authorizer.
func policy(principal, effect, resource string) events.APIGatewayCustomAuthorizerResponse {
	return events.APIGatewayCustomAuthorizerResponse{
		PrincipalID: principal,
		PolicyDocument: events.APIGatewayCustomAuthorizerPolicy{
			Version: "2012-10-17",
			Statement: []events.IAMPolicyStatement{{
				Action:   []string{"execute-api:Invoke"},
				Effect:   effect,
				Resource: []string{resource},
			}},
		},
	}
}

// simple is an HTTP API authorizer answering with IsAuthorized.
func simple(ctx context.Context, req events.APIGatewayV2CustomAuthorizerV2Request) (events.APIGatewayV2CustomAuthorizerSimpleResponse, error) {
	token, _, err := jwt.NewParser().ParseUnverified(req.Headers["authorization"], &jwt.RegisteredClaims{}) // want `ParseUnverified decides access`
	if err != nil {
		return events.APIGatewayV2CustomAuthorizerSimpleResponse{}, nil
	}
	iss, _ := token.Claims.GetIssuer()
	return events.APIGatewayV2CustomAuthorizerSimpleResponse{IsAuthorized: iss == "https://auth.example.com"}, nil
}

// simpleV1 is an HTTP API authorizer with the 1.0 payload.
func simpleV1(ctx context.Context, req events.APIGatewayV2CustomAuthorizerV1Request) (events.APIGatewayV2CustomAuthorizerSimpleResponse, error) {
	claims := jwt.MapClaims{}
	_, _, _ = jwt.NewParser().ParseUnverified(req.Headers["authorization"], claims) // want `ParseUnverified decides access`
	return events.APIGatewayV2CustomAuthorizerSimpleResponse{IsAuthorized: claims["role"] == "admin"}, nil
}

// proxyShaped is a REQUEST authorizer that reads its event as a proxy
// request: its response makes it an authorizer.
func proxyShaped(ctx context.Context, req events.APIGatewayProxyRequest) (events.APIGatewayCustomAuthorizerResponse, error) {
	claims := jwt.MapClaims{}
	_, _, _ = jwt.NewParser().ParseUnverified(req.Headers["Authorization"], claims) // want `ParseUnverified decides access`
	sub, _ := claims["sub"].(string)
	return events.APIGatewayCustomAuthorizerResponse{PrincipalID: sub}, nil
}

func main() {
	lambda.Start(authorize)
	lambda.Start(simple)
	lambda.Start(simpleV1)
	lambda.Start(proxyShaped)
}
