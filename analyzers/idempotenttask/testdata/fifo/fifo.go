// Command fifo forwards scheduled events to FIFO queues.
package main

import (
	"context"

	"crypto/rand"
	"github.com/aws/aws-lambda-go/events"
	"github.com/aws/aws-lambda-go/lambda"
	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/service/sqs"
)

const fifoURL = "https://sqs.eu-west-1.amazonaws.com/123456789012/jobs.fifo"

var client *sqs.Client

func handle(ctx context.Context, ev events.CloudWatchEvent) error {
	if _, err := client.SendMessage(ctx, &sqs.SendMessageInput{ // want `SendMessage to a FIFO queue has no MessageDeduplicationId \(handle\); set a deduplication id`
		QueueUrl:    aws.String(fifoURL),
		MessageBody: aws.String(string(ev.Detail)),
	}); err != nil {
		return err
	}
	if _, err := client.SendMessage(ctx, &sqs.SendMessageInput{ // want `MessageDeduplicationId comes from rand.Text, new on every run`
		QueueUrl:               aws.String("https://example.com/q"),
		MessageBody:            aws.String(string(ev.Detail)),
		MessageGroupId:         aws.String(ev.Source),
		MessageDeduplicationId: aws.String(rand.Text()),
	}); err != nil {
		return err
	}
	// Deduplicated by the event id.
	if _, err := client.SendMessage(ctx, &sqs.SendMessageInput{
		QueueUrl:               aws.String(fifoURL),
		MessageBody:            aws.String(string(ev.Detail)),
		MessageGroupId:         aws.String(ev.Source),
		MessageDeduplicationId: aws.String(ev.ID),
	}); err != nil {
		return err
	}
	// A standard queue needs no deduplication id.
	_, err := client.SendMessage(ctx, &sqs.SendMessageInput{
		QueueUrl:    aws.String("https://sqs.eu-west-1.amazonaws.com/123456789012/jobs"),
		MessageBody: aws.String(string(ev.Detail)),
	})
	return err
}

func main() { lambda.Start(handle) }
