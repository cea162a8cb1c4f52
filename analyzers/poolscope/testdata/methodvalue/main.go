// Package main registers a method value that loads its configuration.
package main

import (
	"context"

	"github.com/aws/aws-lambda-go/events"
	"github.com/aws/aws-lambda-go/lambda"
	"github.com/aws/aws-sdk-go-v2/config"
	"github.com/aws/aws-sdk-go-v2/service/dynamodb"
)

type service struct {
	table string
	db    *dynamodb.Client
}

func (s *service) handle(ctx context.Context, ev events.DynamoDBEvent) error {
	cfg, err := config.LoadDefaultConfig(ctx) // want `config.LoadDefaultConfig runs on every invocation \(\(\*service\).handle\)`
	if err != nil {
		return err
	}
	_ = cfg
	_ = s.db // the client built in main: fine
	return nil
}

func main() {
	cfg, err := config.LoadDefaultConfig(context.Background())
	if err != nil {
		panic(err)
	}
	s := &service{table: "orders", db: dynamodb.NewFromConfig(cfg)}
	lambda.Start(s.handle)
}
