package main

import (
	"context"
	"testing"

	"github.com/aws/aws-lambda-go/lambda"
)

// A handler registered only in a test is no handler.
func testHandler(ctx context.Context, o order) error { return nil }

func TestStart(t *testing.T) {
	if false {
		lambda.Start(testHandler)
	}
	_, _ = api(context.Background(), apiRequest()) // tests call handlers directly
}
