// Package main registers handlers declared in package orders: they are
// reported at their registration.
package main

import (
	"net/http"
	"os"

	"github.com/aws/aws-lambda-go/lambda"

	"example.com/fixtures/crosspkg/orders"
)

func main() {
	http.HandleFunc("/status", orders.Status)
	switch os.Getenv("MODE") {
	case "process":
		svc := &orders.Service{}
		lambda.Start(svc.Process) // at the request limit of nesting; its fact is over the response one
	case "small":
		lambda.Start(orders.Small)
	default:
		lambda.Start(orders.Handle) // want `handler orders.Handle has cyclomatic complexity 16 \(max 15\); move branches into helpers`
	}
}
