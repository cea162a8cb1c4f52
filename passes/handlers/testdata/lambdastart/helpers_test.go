package main

import "github.com/aws/aws-lambda-go/events"

func apiRequest() events.APIGatewayV2HTTPRequest { return events.APIGatewayV2HTTPRequest{} }
