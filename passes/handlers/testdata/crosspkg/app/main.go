// Package main registers handlers declared in another package.
package main

import (
	"os"

	"github.com/aws/aws-lambda-go/lambda"

	"example.com/fixtures/crosspkg/store"
)

func main() { // want `init`
	if len(os.Args) > 1 {
		lambda.Start(store.Custom) // want `foreign handler store.Custom other`
	}
	lambda.Start(store.Handle) // want `foreign handler store.Handle task elsewhere`
}
