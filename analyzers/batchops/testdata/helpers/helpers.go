// Command helpers reaches per-item calls through helpers, in this package
// and in package lib.
package main

import (
	"context"

	"github.com/aws/aws-lambda-go/events"
	"github.com/aws/aws-lambda-go/lambda"
	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/service/s3"

	"example.com/fixtures/lib"
)

type app struct {
	s3  *s3.Client
	fwd *lib.Forwarder
}

func (a *app) remove(ctx context.Context, key string) error {
	_, err := a.s3.DeleteObject(ctx, &s3.DeleteObjectInput{Bucket: aws.String("b"), Key: aws.String(key)})
	return err
}

func (a *app) handle(ctx context.Context, ev events.SQSEvent) error {
	for _, r := range ev.Records {
		if err := a.remove(ctx, r.Body); err != nil { // want `DeleteObject runs once per item of a loop \(\(\*app\).handle → \(\*app\).remove\); use DeleteObjects`
			return err
		}
		if err := a.fwd.Forward(ctx, []byte(r.Body)); err != nil { // want `PutRecord runs once per item of a loop \(\(\*app\).handle → lib.\(\*Forwarder\).Forward\); use PutRecords`
			return err
		}
	}
	return nil
}

func main() {
	a := &app{}
	lambda.Start(a.handle)
}
