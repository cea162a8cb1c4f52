// Package main registers its handler with lambda.Start; the handler takes
// a custom payload, so only the registration makes it a handler.
package main

import (
	"context"
	"errors"
	"fmt"

	"github.com/aws/aws-lambda-go/lambda"
)

type resizeJob struct {
	Bucket  string   `json:"bucket"`
	Keys    []string `json:"keys"`
	Widths  []int    `json:"widths"`
	Formats []string `json:"formats"`
}

func resize(ctx context.Context, job resizeJob) (int, error) { // want `handler resize nests control statements 5 deep \(max 4\)`
	if job.Bucket == "" {
		return 0, errors.New("bucket is required")
	}
	done := 0
	for _, key := range job.Keys {
		for _, width := range job.Widths {
			if width > 0 {
				for _, format := range job.Formats {
					if format == "webp" || format == "avif" {
						fmt.Println("resize", key, width, format)
						done++
					}
				}
			}
		}
	}
	return done, ctx.Err()
}

func main() {
	lambda.Start(resize)
}
