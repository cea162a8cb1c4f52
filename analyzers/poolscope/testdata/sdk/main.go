// Package main loads the AWS configuration and builds clients per request.
package main

import (
	"context"
	"strings"

	"github.com/aws/aws-lambda-go/events"
	"github.com/aws/aws-lambda-go/lambda"
	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/config"
	"github.com/aws/aws-sdk-go-v2/service/dynamodb"
	"github.com/aws/aws-sdk-go-v2/service/dynamodb/types"
	"github.com/aws/aws-sdk-go-v2/service/s3"
)

var cfg aws.Config

func upload(ctx context.Context, req events.APIGatewayV2HTTPRequest) (events.APIGatewayV2HTTPResponse, error) {
	c, err := config.LoadDefaultConfig(ctx, config.WithRegion("eu-west-1")) // want `config.LoadDefaultConfig runs on every invocation \(upload\); create the client once at init and reuse it`
	if err != nil {
		return events.APIGatewayV2HTTPResponse{StatusCode: 500}, nil
	}
	client := s3.NewFromConfig(c) // want `s3.NewFromConfig runs on every invocation \(upload\)`
	_, err = client.PutObject(ctx, &s3.PutObjectInput{
		Bucket: aws.String("uploads"),
		Key:    aws.String(req.PathParameters["name"]),
		Body:   strings.NewReader(req.Body),
	})
	if err != nil {
		return events.APIGatewayV2HTTPResponse{StatusCode: 500}, nil
	}
	return events.APIGatewayV2HTTPResponse{StatusCode: 201}, nil
}

func record(ctx context.Context, ev events.SQSEvent) error {
	db := dynamodb.New(dynamodb.Options{Region: cfg.Region}) // want `dynamodb.New runs on every invocation \(record\)`
	for _, m := range ev.Records {
		_, err := db.PutItem(ctx, &dynamodb.PutItemInput{
			TableName: aws.String("events"),
			Item:      map[string]types.AttributeValue{"id": &types.AttributeValueMemberS{Value: m.MessageId}},
		})
		if err != nil {
			return err
		}
	}
	return nil
}

func main() {
	var err error
	cfg, err = config.LoadDefaultConfig(context.Background())
	if err != nil {
		panic(err)
	}
	_ = s3.NewFromConfig(cfg) // init scope
	lambda.Start(upload)
	lambda.Start(record)
}
