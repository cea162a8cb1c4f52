// Package main is an SQS consumer whose task handler does everything
// inline.
package main

import (
	"context"
	"encoding/json"
	"fmt"
	"strings"

	"github.com/aws/aws-lambda-go/events"
	"github.com/aws/aws-lambda-go/lambda"
)

type shipment struct {
	ID       string   `json:"id"`
	Carrier  string   `json:"carrier"`
	Parcels  []string `json:"parcels"`
	Priority string   `json:"priority"`
}

func process(ctx context.Context, ev events.SQSEvent) error { // want `handler process nests control statements 5 deep \(max 4\)`
	for _, msg := range ev.Records {
		var s shipment
		if err := json.Unmarshal([]byte(msg.Body), &s); err != nil {
			return fmt.Errorf("message %s: %w", msg.MessageId, err)
		}
		for _, p := range s.Parcels {
			if strings.HasPrefix(p, "PX") {
				switch s.Carrier {
				case "ups", "dhl":
					if s.Priority == "express" {
						book(ctx, s.Carrier, p)
					}
				}
			}
		}
	}
	return nil
}

func book(ctx context.Context, carrier, parcel string) {}

func main() {
	lambda.Start(process)
}
