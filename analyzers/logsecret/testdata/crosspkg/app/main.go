// Command app logs through a helper of another package.
package main

import (
	"context"
	"log"
	"net/http"

	"github.com/aws/aws-lambda-go/events"
	"github.com/aws/aws-lambda-go/lambda"

	"example.com/fixtures/crosspkg/audit"
	"example.com/fixtures/crosspkg/authutil"
)

func handle(ctx context.Context, req events.ALBTargetGroupRequest) (events.ALBTargetGroupResponse, error) {
	audit.Log("auth", req.Headers["authorization"]) // want `audit.Log \(through log.Printf\) logs the "authorization" header`
	audit.Log("request", req)                       // want `audit.Log \(through log.Printf\) logs the whole ALBTargetGroupRequest with its headers`

	audit.Log("path", req.Path)
	audit.Count("headers", len(req.Headers))
	return events.ALBTargetGroupResponse{StatusCode: 200}, nil
}

func serve(w http.ResponseWriter, r *http.Request) {
	log.Printf("bearer %s", authutil.Bearer(r)) // want `log.Printf logs the "Authorization" header`
	log.Printf("request %s", authutil.RequestID(r))
}

func main() {
	http.HandleFunc("/", serve)
	lambda.Start(handle)
}
