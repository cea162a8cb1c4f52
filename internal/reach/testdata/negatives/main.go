// Package main registers a handler of store's package that exits in its
// own package, where store has no handler: reported at the registration.
package main

import (
	"github.com/aws/aws-lambda-go/lambda"

	"example.com/fixtures/store"
)

type job struct{ DSN string }

func main() {
	lambda.Start(func(j job) error {
		return nil
	})
	lambda.Start(store.Open) // want `exits os.Exit: store.Open → openDB`
}
