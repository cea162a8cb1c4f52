// Package main parses templates in a Lambda handler.
package main

import (
	"bytes"
	"context"
	htmltemplate "html/template"
	"text/template"

	"github.com/aws/aws-lambda-go/events"
	"github.com/aws/aws-lambda-go/lambda"
)

const receiptText = "Order {{.ID}}: {{.Total}}\n"

type receipt struct {
	ID    string
	Total string
}

func handle(ctx context.Context, req events.APIGatewayV2HTTPRequest) (events.APIGatewayV2HTTPResponse, error) {
	t := template.Must(template.New("receipt").Parse(receiptText)) // want `template.Template.Parse of constant text runs on every invocation \(handle\); parse it once in a package-level variable`
	var buf bytes.Buffer
	if err := t.Execute(&buf, receipt{ID: req.PathParameters["id"]}); err != nil {
		return events.APIGatewayV2HTTPResponse{StatusCode: 500}, nil
	}
	page, err := htmltemplate.ParseFiles("templates/layout.html", "templates/receipt.html") // want `template.ParseFiles of constant files runs on every invocation \(handle\); parse them once at init or embed them with go:embed`
	if err != nil {
		return events.APIGatewayV2HTTPResponse{StatusCode: 500}, nil
	}
	if err := page.Execute(&buf, nil); err != nil {
		return events.APIGatewayV2HTTPResponse{StatusCode: 500}, nil
	}
	return events.APIGatewayV2HTTPResponse{StatusCode: 200, Body: buf.String()}, nil
}

func layouts(ctx context.Context, ev events.SQSEvent) error {
	t, err := template.ParseGlob("mail/*.tmpl") // want `template.ParseGlob of constant files runs on every invocation \(layouts\)`
	if err != nil {
		return err
	}
	for _, m := range ev.Records {
		if err := t.ExecuteTemplate(new(bytes.Buffer), "notice", m.Body); err != nil {
			return err
		}
	}
	return nil
}

func main() {
	lambda.Start(handle)
	lambda.Start(layouts)
}
