// Package kinds has one handler per event type: the kind comes from the
// event, whatever the function is called.
package kinds

import (
	"context"

	"github.com/aws/aws-lambda-go/events"
)

func a(ctx context.Context, e events.APIGatewayProxyRequest) (events.APIGatewayProxyResponse, error) { // want `handler request lambda signature`
	return events.APIGatewayProxyResponse{}, nil
}

func b(ctx context.Context, e events.ALBTargetGroupRequest) (events.ALBTargetGroupResponse, error) { // want `handler request lambda signature`
	return events.ALBTargetGroupResponse{}, nil
}

func c(ctx context.Context, e events.LambdaFunctionURLRequest) (events.LambdaFunctionURLResponse, error) { // want `handler request lambda signature`
	return events.LambdaFunctionURLResponse{}, nil
}

func d(ctx context.Context, e events.APIGatewayCustomAuthorizerRequestTypeRequest) (events.APIGatewayCustomAuthorizerResponse, error) { // want `handler request lambda signature authorizer`
	return events.APIGatewayCustomAuthorizerResponse{}, nil
}

func e(ctx context.Context, e events.SQSEvent) (events.SQSEventResponse, error) { // want `handler task lambda signature`
	return events.SQSEventResponse{}, nil
}

func f(e events.SNSEvent) error { return nil } // want `handler task lambda signature`

func g(ctx context.Context, e events.S3Event) error { return nil } // want `handler task lambda signature`

func h(ctx context.Context, e events.KinesisEvent) (events.KinesisEventResponse, error) { // want `handler task lambda signature`
	return events.KinesisEventResponse{}, nil
}

func i(ctx context.Context, e events.CloudWatchEvent) error { return nil } // want `handler task lambda signature`

func j(ctx context.Context, e *events.DynamoDBEvent) error { return nil } // want `handler task lambda signature`

// A request event answered by an error alone is no handler shape aws-lambda-go
// serves well; it is taken for a helper.
func k(ctx context.Context, e events.APIGatewayV2HTTPRequest) error { return nil }

// Two contexts is not a handler.
func l(ctx context.Context, other context.Context) error { return nil }
