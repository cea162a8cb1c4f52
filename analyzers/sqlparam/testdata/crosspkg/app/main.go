// Command app is a Lambda function whose queries are built by the helpers
// of package store.
package main

import (
	"context"

	"github.com/aws/aws-lambda-go/events"
	"github.com/aws/aws-lambda-go/lambda"

	"example.com/fixtures/crosspkg/store"
)

var st *store.Store

func handle(ctx context.Context, req events.APIGatewayV2HTTPRequest) (events.APIGatewayV2HTTPResponse, error) {
	id := req.PathParameters["id"]
	rows, err := st.Run(ctx, store.ByID("orders", id)) // want `query built by store.ByID from request input \(field PathParameters\) reaches sql.\(\*DB\).QueryContext via store.\(\*Store\).Run`
	if err != nil {
		return events.APIGatewayV2HTTPResponse{StatusCode: 500}, nil
	}
	rows.Close()

	if _, err := st.Count(ctx, "customer = '"+req.QueryStringParameters["customer"]+"'"); err != nil { // want `reaches sql.\(\*DB\).QueryContext via store.\(\*Store\).Count → store.\(\*Store\).Run`
		return events.APIGatewayV2HTTPResponse{StatusCode: 500}, nil
	}

	// Quiet: constants, allow-listed columns and integers through helpers.
	q := store.OrdersQuery + " ORDER BY " + store.SortColumn(req.QueryStringParameters["sort"]) + store.Page(20, 0)
	rows, err = st.Run(ctx, q)
	if err == nil {
		rows.Close()
	}
	rows, err = st.Run(ctx, store.ByID("orders", "42"))
	if err == nil {
		rows.Close()
	}
	if _, err := st.Count(ctx, "total > 100"); err != nil {
		return events.APIGatewayV2HTTPResponse{StatusCode: 500}, nil
	}
	return events.APIGatewayV2HTTPResponse{StatusCode: 200}, nil
}

func main() {
	lambda.Start(handle)
}
