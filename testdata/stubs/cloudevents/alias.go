// Package v2 is a fixture stub of github.com/cloudevents/sdk-go/v2 v2.15.2:
// the aliases function code uses (cloudevents.Event and friends).
package v2

import (
	"github.com/cloudevents/sdk-go/v2/event"
	"github.com/cloudevents/sdk-go/v2/types"
)

// Event is event.Event.
type Event = event.Event

// EventContext is event.EventContext.
type EventContext = event.EventContext

// EventContextV1 is event.EventContextV1.
type EventContextV1 = event.EventContextV1

// EventContextV03 is event.EventContextV03.
type EventContextV03 = event.EventContextV03

// Timestamp is types.Timestamp.
type Timestamp = types.Timestamp

// URIRef is types.URIRef.
type URIRef = types.URIRef

// Content types and spec versions, as in the real package.
const (
	ApplicationXML                  = event.ApplicationXML
	ApplicationJSON                 = event.ApplicationJSON
	TextPlain                       = event.TextPlain
	ApplicationCloudEventsJSON      = event.ApplicationCloudEventsJSON
	ApplicationCloudEventsBatchJSON = event.ApplicationCloudEventsBatchJSON
	Base64                          = event.Base64

	VersionV1  = event.CloudEventsVersionV1
	VersionV03 = event.CloudEventsVersionV03
)

// NewEvent is event.New.
var NewEvent = event.New

// StringOfApplicationJSON is event.StringOfApplicationJSON.
var StringOfApplicationJSON = event.StringOfApplicationJSON
