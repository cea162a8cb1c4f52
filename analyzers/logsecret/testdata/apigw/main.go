// Command apigw is an API Gateway handler that logs too much, and just
// enough.
package main

import (
	"context"
	"encoding/json"
	"fmt"
	"log"
	"log/slog"
	"os"
	"strings"

	"github.com/aws/aws-lambda-go/events"
	"github.com/aws/aws-lambda-go/lambda"
	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/service/secretsmanager"
	"github.com/aws/aws-sdk-go-v2/service/ssm"
)

var (
	sm    *secretsmanager.Client
	param *ssm.Client
)

// Logged at cold start: outside invocation scope, not this check's.
func init() {
	log.Printf("starting with key %s", os.Getenv("API_KEY"))
}

func handle(ctx context.Context, req events.APIGatewayProxyRequest) (events.APIGatewayProxyResponse, error) {
	log.Printf("request: %+v", req)                                   // want `log.Printf logs the whole APIGatewayProxyRequest with its headers; log the request id, method and path instead`
	log.Println("auth:", req.Headers["Authorization"])                // want `log.Println logs the "Authorization" header; log whether it is set, never its value`
	fmt.Printf("headers: %v\n", req.Headers)                          // want `fmt.Printf logs all request headers`
	slog.Info("calling partner", "key", os.Getenv("PARTNER_API_KEY")) // want `slog.Info logs the secret environment variable PARTNER_API_KEY`

	b, _ := json.MarshalIndent(req, "", "  ")
	log.Printf("request: %s", string(b)) // want `log.Printf logs the whole APIGatewayProxyRequest with its headers`
	meta, _ := json.Marshal(req.RequestContext.RequestID)
	log.Printf("request id: %s", meta)

	bearer := strings.TrimPrefix(req.Headers["authorization"], "Bearer ")
	fmt.Println("bearer", bearer) // want `fmt.Println logs the "authorization" header`

	out, err := sm.GetSecretValue(ctx, &secretsmanager.GetSecretValueInput{SecretId: aws.String("prod/partner")})
	if err != nil {
		return events.APIGatewayProxyResponse{StatusCode: 500}, nil
	}
	log.Printf("secret: %s", aws.ToString(out.SecretString)) // want `log.Printf logs a secret from Secrets Manager`

	key, err := param.GetParameter(ctx, &ssm.GetParameterInput{Name: aws.String("/prod/partner/key"), WithDecryption: aws.Bool(true)})
	if err != nil {
		return events.APIGatewayProxyResponse{StatusCode: 500}, nil
	}
	log.Printf("partner key %s", *key.Parameter.Value) // want `log.Printf logs a decrypted SSM parameter`
	table, err := param.GetParameter(ctx, &ssm.GetParameterInput{Name: aws.String("/prod/table")})
	if err != nil {
		return events.APIGatewayProxyResponse{StatusCode: 500}, nil
	}
	log.Printf("table %s", aws.ToString(table.Parameter.Value))

	// What identifies the request without leaking it.
	log.Printf("request %s %s %s", req.RequestContext.RequestID, req.HTTPMethod, req.Path)
	log.Printf("auth present: %t, length %d", req.Headers["Authorization"] != "", len(req.Headers["Authorization"]))
	log.Printf("content type %s, user agent %s", req.Headers["Content-Type"], req.RequestContext.Identity.UserAgent)
	slog.Info("table", "name", os.Getenv("TABLE_NAME"), "source_ip", req.RequestContext.Identity.SourceIP)
	log.Printf("secret %s has %d bytes", "prod/partner", len(aws.ToString(out.SecretString)))
	log.Printf("bearer scheme: %t", strings.HasPrefix(req.Headers["authorization"], "Bearer "))
	return events.APIGatewayProxyResponse{StatusCode: 200}, nil
}

func main() {
	lambda.Start(handle)
}
