// Package main registers both forms of an adapter's entry point.
package main

import (
	"context"
	"net/http"

	"github.com/aws/aws-lambda-go/events"
	"github.com/aws/aws-lambda-go/lambda"

	"example.com/fixtures/contextform/adapter"
)

var proxy = &adapter.Adapter{Handler: http.NewServeMux()}

func handle(ctx context.Context, ev events.APIGatewayProxyRequest) (events.APIGatewayProxyResponse, error) {
	cfg := &adapter.Config{Ctx: ctx}
	cfg.Init()
	return proxy.ProxyWithContext(cfg.Ctx, ev)
}

func legacy(ctx context.Context, ev events.APIGatewayProxyRequest) (events.APIGatewayProxyResponse, error) {
	return proxy.Proxy(ev) // want `\(\*adapter.Adapter\).Proxy ignores the handler's deadline \(legacy\); use ProxyWithContext\(ctx, ...\)`
}

func main() {
	lambda.Start(handle)
	lambda.Start(legacy)
	lambda.Start(proxy.Proxy)
}
