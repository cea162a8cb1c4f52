// Package fn is a fixture stub of github.com/fnlint/fnlint/fn, fnlint's
// reference runtime: its handler types and their payloads.
package fn

import "context"

// Event is the request a request or response function receives.
type Event struct{}

// Response is what a request function answers.
type Response struct{}

// Task is the payload of a task function.
type Task struct{}

// RequestFunc answers a request.
type RequestFunc func(ctx context.Context, ev *Event) (*Response, error)

// ResponseFunc enhances the response of a request function.
type ResponseFunc func(ctx context.Context, ev *Event, resp *Response) (*Response, error)

// TaskFunc runs a task.
type TaskFunc func(ctx context.Context, task *Task) error
