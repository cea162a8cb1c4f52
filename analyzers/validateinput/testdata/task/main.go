// Package main consumes signups from SQS and SNS and stores them in
// DynamoDB.
package main

import (
	"context"
	"encoding/json"
	"errors"

	"github.com/aws/aws-lambda-go/events"
	"github.com/aws/aws-lambda-go/lambda"
	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/service/dynamodb"
	"github.com/aws/aws-sdk-go-v2/service/dynamodb/types"
)

var client *dynamodb.Client

type signup struct {
	Email string `json:"email"`
	Name  string `json:"name"`
}

// Valid tells whether the signup has an email.
func (s *signup) Valid() bool { return s.Email != "" }

func consume(ctx context.Context, ev events.SQSEvent) error {
	for _, msg := range ev.Records {
		var s signup
		if err := json.Unmarshal([]byte(msg.Body), &s); err != nil {
			return err
		}
		_, err := client.PutItem(ctx, &dynamodb.PutItemInput{ // want `message body decoded into s reaches dynamodb.\(\*Client\).PutItem unvalidated; call its Valid method and reject the record first`
			TableName: aws.String("signups"),
			Item: map[string]types.AttributeValue{
				"email": &types.AttributeValueMemberS{Value: s.Email},
				"name":  &types.AttributeValueMemberS{Value: s.Name},
			},
		})
		if err != nil {
			return err
		}
	}
	return nil
}

// consumeValid skips invalid messages.
func consumeValid(ctx context.Context, ev events.SQSEvent) error {
	for _, msg := range ev.Records {
		var s signup
		if err := json.Unmarshal([]byte(msg.Body), &s); err != nil {
			continue
		}
		if !s.Valid() {
			continue
		}
		if _, err := client.PutItem(ctx, &dynamodb.PutItemInput{
			TableName: aws.String("signups"),
			Item:      map[string]types.AttributeValue{"email": &types.AttributeValueMemberS{Value: s.Email}},
		}); err != nil {
			return err
		}
	}
	return nil
}

// notify stores the raw SNS message.
func notify(ctx context.Context, ev events.SNSEvent) error {
	for _, rec := range ev.Records {
		_, err := client.PutItem(ctx, &dynamodb.PutItemInput{ // want `message body reaches dynamodb.\(\*Client\).PutItem unvalidated`
			TableName: aws.String("notifications"),
			Item:      map[string]types.AttributeValue{"message": &types.AttributeValueMemberS{Value: rec.SNS.Message}},
		})
		if err != nil {
			return err
		}
	}
	return nil
}

// notifyKnown only stores known subjects.
func notifyKnown(ctx context.Context, ev events.SNSEvent) error {
	for _, rec := range ev.Records {
		if rec.SNS.Subject != "signup" {
			return errors.New("unexpected subject")
		}
		if _, err := client.PutItem(ctx, &dynamodb.PutItemInput{
			TableName: aws.String("notifications"),
			Item:      map[string]types.AttributeValue{"subject": &types.AttributeValueMemberS{Value: rec.SNS.Subject}},
		}); err != nil {
			return err
		}
	}
	return nil
}

// tally ignores the records that do not decode: a task has no client to
// answer, so the remedy is to reject the record.
func tally(ctx context.Context, ev events.SQSEvent) error {
	n := 0
	for _, msg := range ev.Records {
		var s signup
		json.Unmarshal([]byte(msg.Body), &s) // want `error of json.Unmarshal ignored; reject the record when it does not decode`
		if s.Valid() {
			n++
		}
	}
	return nil
}

func main() {
	lambda.Start(consume)
	lambda.Start(tally)
}
