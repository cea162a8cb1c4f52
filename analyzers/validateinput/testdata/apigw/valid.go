package main

import (
	"context"
	"encoding/json"
	"net/http"
	"regexp"

	"github.com/aws/aws-lambda-go/events"
)

var idPattern = regexp.MustCompile(`^[0-9a-f]{32}$`)

// createChecked checks the fields it stores and answers 400 first.
func createChecked(ctx context.Context, ev events.APIGatewayProxyRequest) (events.APIGatewayProxyResponse, error) {
	var o order
	if err := json.Unmarshal([]byte(ev.Body), &o); err != nil {
		return events.APIGatewayProxyResponse{StatusCode: http.StatusBadRequest}, nil
	}
	if o.Customer == "" || o.Quantity <= 0 {
		return events.APIGatewayProxyResponse{StatusCode: http.StatusBadRequest}, nil
	}
	if _, err := db.ExecContext(ctx, "INSERT INTO orders (customer, quantity) VALUES ($1, $2)", o.Customer, o.Quantity); err != nil {
		return events.APIGatewayProxyResponse{StatusCode: http.StatusInternalServerError}, nil
	}
	return events.APIGatewayProxyResponse{StatusCode: http.StatusCreated}, nil
}

// updateValidated calls the Validate method of the request.
func updateValidated(ctx context.Context, ev events.APIGatewayV2HTTPRequest) (events.APIGatewayV2HTTPResponse, error) {
	var u updateRequest
	if err := json.Unmarshal([]byte(ev.Body), &u); err != nil {
		return events.APIGatewayV2HTTPResponse{StatusCode: http.StatusBadRequest}, nil
	}
	if err := u.Validate(); err != nil {
		return events.APIGatewayV2HTTPResponse{StatusCode: http.StatusBadRequest, Body: err.Error()}, nil
	}
	id := ev.PathParameters["id"]
	if !idPattern.MatchString(id) {
		return events.APIGatewayV2HTTPResponse{StatusCode: http.StatusBadRequest}, nil
	}
	if _, err := db.ExecContext(ctx, "UPDATE orders SET status = $1 WHERE id = $2", u.Status, id); err != nil {
		return events.APIGatewayV2HTTPResponse{StatusCode: http.StatusInternalServerError}, nil
	}
	return events.APIGatewayV2HTTPResponse{StatusCode: http.StatusNoContent}, nil
}

// decodedNotUsed decodes the body and answers it back: no sink.
func decodedNotUsed(ctx context.Context, ev events.APIGatewayProxyRequest) (events.APIGatewayProxyResponse, error) {
	var o order
	if err := json.Unmarshal([]byte(ev.Body), &o); err != nil {
		return events.APIGatewayProxyResponse{StatusCode: http.StatusBadRequest}, nil
	}
	body, _ := json.Marshal(o)
	return events.APIGatewayProxyResponse{StatusCode: http.StatusOK, Body: string(body)}, nil
}

// statusFromTable answers 500 for a query error, not for the decode.
func statusFromTable(ctx context.Context, ev events.APIGatewayProxyRequest) (events.APIGatewayProxyResponse, error) {
	var u updateRequest
	if err := json.Unmarshal([]byte(ev.Body), &u); err != nil {
		return events.APIGatewayProxyResponse{StatusCode: 400}, nil
	}
	if u.Validate() != nil {
		return events.APIGatewayProxyResponse{StatusCode: 400}, nil
	}
	var n int
	if err := db.QueryRowContext(ctx, "SELECT count(*) FROM orders WHERE status = $1", u.Status).Scan(&n); err != nil {
		return events.APIGatewayProxyResponse{StatusCode: 500}, nil
	}
	return events.APIGatewayProxyResponse{StatusCode: 200}, nil
}

// allowListed accepts only known sort columns: a switch with a default
// that answers 400.
func allowListed(ctx context.Context, ev events.APIGatewayV2HTTPRequest) (events.APIGatewayV2HTTPResponse, error) {
	sort := ev.QueryStringParameters["sort"]
	switch sort {
	case "customer", "created":
	default:
		return events.APIGatewayV2HTTPResponse{StatusCode: http.StatusBadRequest}, nil
	}
	rows, err := db.QueryContext(ctx, "SELECT id FROM orders ORDER BY $1", sort)
	if err != nil {
		return events.APIGatewayV2HTTPResponse{StatusCode: http.StatusInternalServerError}, nil
	}
	rows.Close()
	return events.APIGatewayV2HTTPResponse{StatusCode: http.StatusOK}, nil
}
