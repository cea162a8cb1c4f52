// Package events is a fixture stub of github.com/aws/aws-lambda-go/events
// v1.55.1: the event and response types fnlint's checks match, with the real
// fields, types and json tags, and their exported methods with stub bodies.
// integration/ checks every declaration against the real package.
package events
