// Package main registers handlers declared in another package.
package main

import (
	"context"
	"os"

	"github.com/aws/aws-lambda-go/lambda"

	"example.com/fixtures/crosspkg/jobs"
	"example.com/fixtures/crosspkg/store"
)

type job struct{ ID string }

func instrumented(ctx context.Context, j job) error { return nil } // want `handler other lambda registered`

func main() { // want `init`
	if len(os.Args) > 3 {
		r := &jobs.Runner{Name: "nightly"}
		lambda.Start(r.Run) // want `foreign handler jobs.\(\*Runner\).Run other`
	}
	if len(os.Args) > 2 {
		lambda.Start(store.Wrap(instrumented, nil))
	}
	if len(os.Args) > 1 {
		lambda.Start(store.Custom) // want `foreign handler store.Custom other`
	}
	lambda.Start(store.Handle) // want `foreign handler store.Handle task elsewhere`
}
