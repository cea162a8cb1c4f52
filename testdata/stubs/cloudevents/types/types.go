// Package types is a fixture stub of github.com/cloudevents/sdk-go/v2/types
// v2.15.2: the attribute types of event contexts.
package types

import (
	"net/url"
	"time"
)

// URI is an absolute URI.
type URI struct {
	url.URL
}

// ParseURI parses an absolute URI.
func ParseURI(u string) *URI { return nil }

// String returns the URI.
func (u *URI) String() string { return "" }

// URIRef is a URI reference.
type URIRef struct {
	url.URL
}

// ParseURIRef parses a URI reference.
func ParseURIRef(u string) *URIRef { return nil }

// String returns the URI reference.
func (u *URIRef) String() string { return "" }

// Timestamp is a time in RFC 3339 form.
type Timestamp struct {
	time.Time
}

// ParseTimestamp parses an RFC 3339 time.
func ParseTimestamp(s string) (*Timestamp, error) { return nil, nil }

// String returns the time in RFC 3339 form.
func (t Timestamp) String() string { return "" }
