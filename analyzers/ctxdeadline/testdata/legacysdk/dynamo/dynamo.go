// Package dynamo has the shape of an aws-sdk-go v1 service client: every
// operation has a WithContext form taking an aws.Context (an alias of
// context.Context) and request options.
package dynamo

import "context"

// Context is the context of a request, as aws.Context.
type Context = context.Context

// Option configures a request.
type Option func(*Request)

// Request is a request of the client.
type Request struct{}

// GetItemInput is the input of GetItem.
type GetItemInput struct{ Key string }

// GetItemOutput is the output of GetItem.
type GetItemOutput struct{ Item map[string]string }

// DynamoDB is a client.
type DynamoDB struct{}

// GetItem reads an item.
func (c *DynamoDB) GetItem(input *GetItemInput) (*GetItemOutput, error) {
	return c.GetItemWithContext(context.Background(), input)
}

// GetItemWithContext reads an item with a context.
func (c *DynamoDB) GetItemWithContext(ctx Context, input *GetItemInput, opts ...Option) (*GetItemOutput, error) {
	return &GetItemOutput{}, nil
}

// GetItemRequest builds a request: no context form, nothing sent.
func (c *DynamoDB) GetItemRequest(input *GetItemInput) (*Request, *GetItemOutput) {
	return &Request{}, &GetItemOutput{}
}
