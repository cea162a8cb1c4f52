// Command authorizer is a token authorizer: the token is its input.
package main

import (
	"context"
	"errors"
	"log"
	"strings"

	"github.com/aws/aws-lambda-go/events"
	"github.com/aws/aws-lambda-go/lambda"
)

func authorize(ctx context.Context, ev events.APIGatewayCustomAuthorizerRequest) (events.APIGatewayCustomAuthorizerResponse, error) {
	log.Printf("event: %+v", ev) // want `log.Printf logs the whole APIGatewayCustomAuthorizerRequest with its token`
	token := strings.TrimPrefix(ev.AuthorizationToken, "Bearer ")
	log.Printf("token: %s", token) // want `log.Printf logs the AuthorizationToken field`
	if token == "" {
		log.Printf("no token for %s", ev.MethodArn)
		return events.APIGatewayCustomAuthorizerResponse{}, errors.New("Unauthorized")
	}
	log.Printf("authorizing %s (%s token, %d bytes)", ev.MethodArn, ev.Type, len(token))
	validate(ev.AuthorizationToken) // want `validate \(through log.Printf\) logs the AuthorizationToken field`
	return events.APIGatewayCustomAuthorizerResponse{PrincipalID: "user"}, nil
}

// validate logs its parameter: the leak is reported once, where the token
// is passed, not again by the parameter's name
// (liljimmyk99/AWS-SAM---Lambda-Authorizer-Function).
func validate(userToken string) bool {
	log.Printf("validating %s", userToken)
	return userToken != ""
}

// httpAPI is an HTTP API authorizer: its identity source is the
// Authorization header (Pennsieve/pennsieve-go-api).
func httpAPI(ctx context.Context, ev events.APIGatewayV2CustomAuthorizerV2Request) (events.APIGatewayV2CustomAuthorizerSimpleResponse, error) {
	log.Printf("identity source: %v", ev.IdentitySource) // want `log.Printf logs the IdentitySource field \(the authorizer's token\)`
	log.Printf("route: %s", ev.RouteArn)
	return events.APIGatewayV2CustomAuthorizerSimpleResponse{}, nil
}

func main() {
	lambda.Start(authorize)
	lambda.Start(httpAPI)
}
