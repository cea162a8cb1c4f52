// Command dynamo consumes DynamoDB stream records into another table and
// S3, through an interface that mocks the SDK client.
package main

import (
	"context"
	"strconv"
	"time"

	"github.com/aws/aws-lambda-go/events"
	"github.com/aws/aws-lambda-go/lambda"
	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/service/dynamodb"
	"github.com/aws/aws-sdk-go-v2/service/dynamodb/types"
	"github.com/aws/aws-sdk-go-v2/service/s3"
)

// dynamoAPI is the part of the client the handler uses.
type dynamoAPI interface {
	PutItem(ctx context.Context, in *dynamodb.PutItemInput, opts ...func(*dynamodb.Options)) (*dynamodb.PutItemOutput, error)
	UpdateItem(ctx context.Context, in *dynamodb.UpdateItemInput, opts ...func(*dynamodb.Options)) (*dynamodb.UpdateItemOutput, error)
}

type app struct {
	db dynamoAPI
	s3 *s3.Client
}

func (a *app) handle(ctx context.Context, ev events.DynamoDBEvent) error {
	for _, r := range ev.Records {
		now := time.Now()
		// Keyed by a fresh timestamp: a retry writes a second item.
		if _, err := a.db.PutItem(ctx, &dynamodb.PutItemInput{ // want `PutItem key pk comes from time.Now, a new item on every run`
			TableName: aws.String("history"),
			Item: map[string]types.AttributeValue{
				"pk":   &types.AttributeValueMemberS{Value: "evt#" + strconv.FormatInt(now.UnixNano(), 10)},
				"name": &types.AttributeValueMemberS{Value: r.EventName},
			},
		}); err != nil {
			return err
		}
		// Keyed by the event, with a timestamp that is not the key: the same item twice.
		if _, err := a.db.PutItem(ctx, &dynamodb.PutItemInput{
			TableName: aws.String("latest"),
			Item: map[string]types.AttributeValue{
				"pk":        &types.AttributeValueMemberS{Value: r.EventID},
				"updatedAt": &types.AttributeValueMemberS{Value: now.Format(time.RFC3339)},
			},
		}); err != nil {
			return err
		}
		// A counter with no condition counts twice.
		if _, err := a.db.UpdateItem(ctx, &dynamodb.UpdateItemInput{ // want `UpdateItem adds to #n with no ConditionExpression`
			TableName:        aws.String("stats"),
			UpdateExpression: aws.String("SET #n = if_not_exists(#n, :zero) + :one"),
		}); err != nil {
			return err
		}
		// The same counter, once per event id.
		if _, err := a.db.UpdateItem(ctx, &dynamodb.UpdateItemInput{
			TableName:           aws.String("stats"),
			UpdateExpression:    aws.String("ADD n :one SET lastEvent = :id"),
			ConditionExpression: aws.String("lastEvent <> :id"),
		}); err != nil {
			return err
		}
		// Setting a value is safe to repeat.
		if _, err := a.db.UpdateItem(ctx, &dynamodb.UpdateItemInput{
			TableName:        aws.String("stats"),
			UpdateExpression: aws.String("SET lastEvent = :id, total = :total"),
		}); err != nil {
			return err
		}
		if err := a.archive(ctx, r); err != nil {
			return err
		}
	}
	return nil
}

// archive stores the record under a key that changes on every run, and
// under one from the event.
func (a *app) archive(ctx context.Context, r events.DynamoDBEventRecord) error {
	key := "archive/" + time.Now().UTC().Format("2006/01/02/150405.000") + ".json"
	if _, err := a.s3.PutObject(ctx, &s3.PutObjectInput{Bucket: aws.String("b"), Key: aws.String(key)}); err != nil { // want `PutObject key comes from time.Now, a new object on every run \(\(\*app\).handle → \(\*app\).archive\)`
		return err
	}
	_, err := a.s3.PutObject(ctx, &s3.PutObjectInput{Bucket: aws.String("b"), Key: aws.String("by-id/" + r.EventID + ".json")})
	return err
}

func main() {
	a := &app{}
	lambda.Start(a.handle)
}
