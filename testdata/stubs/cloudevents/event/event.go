// Package event is a fixture stub of github.com/cloudevents/sdk-go/v2/event
// v2.15.2: Event, its accessors and its contexts.
package event

import (
	"io"
	"time"

	"github.com/cloudevents/sdk-go/v2/types"
)

// Spec versions.
const (
	CloudEventsVersionV1  = "1.0"
	CloudEventsVersionV03 = "0.3"
)

// Content types.
const (
	TextPlain                       = "text/plain"
	TextJSON                        = "text/json"
	ApplicationJSON                 = "application/json"
	ApplicationXML                  = "application/xml"
	ApplicationCloudEventsJSON      = "application/cloudevents+json"
	ApplicationCloudEventsBatchJSON = "application/cloudevents-batch+json"
)

// Base64 is the base64 data content encoding.
const Base64 = "base64"

// StringOfApplicationJSON returns a pointer to ApplicationJSON.
func StringOfApplicationJSON() *string {
	a := ApplicationJSON
	return &a
}

// Event is a CloudEvent.
type Event struct {
	Context     EventContext
	DataEncoded []byte
	DataBase64  bool
	FieldErrors map[string]error
}

// New returns an event of the given spec version.
func New(version ...string) Event { return Event{} }

// ExtensionAs reads extension name into obj.
func (e Event) ExtensionAs(name string, obj interface{}) error { return nil }

// String returns a description of the event.
func (e Event) String() string { return "" }

// Clone returns a deep copy of the event.
func (e Event) Clone() Event { return Event{} }

// Data returns the encoded data.
func (e Event) Data() []byte { return nil }

// DataAs decodes the data into obj.
func (e Event) DataAs(obj interface{}) error { return nil }

// SetData encodes obj as the data.
func (e *Event) SetData(contentType string, obj interface{}) error { return nil }

// SpecVersion returns the spec version.
func (e Event) SpecVersion() string { return "" }

// Type returns the event type.
func (e Event) Type() string { return "" }

// Source returns the event source.
func (e Event) Source() string { return "" }

// Subject returns the event subject.
func (e Event) Subject() string { return "" }

// ID returns the event id.
func (e Event) ID() string { return "" }

// Time returns the event time.
func (e Event) Time() time.Time { return time.Time{} }

// DataSchema returns the data schema.
func (e Event) DataSchema() string { return "" }

// DataContentType returns the data content type.
func (e Event) DataContentType() string { return "" }

// DataMediaType returns the media type of the data.
func (e Event) DataMediaType() string { return "" }

// Extensions returns the extensions.
func (e Event) Extensions() map[string]interface{} { return nil }

// SetSpecVersion sets the spec version.
func (e *Event) SetSpecVersion(v string) {}

// SetType sets the event type.
func (e *Event) SetType(t string) {}

// SetSource sets the event source.
func (e *Event) SetSource(s string) {}

// SetSubject sets the event subject.
func (e *Event) SetSubject(s string) {}

// SetID sets the event id.
func (e *Event) SetID(id string) {}

// SetTime sets the event time.
func (e *Event) SetTime(t time.Time) {}

// SetDataContentType sets the data content type.
func (e *Event) SetDataContentType(ct string) {}

// SetExtension sets an extension.
func (e *Event) SetExtension(name string, obj interface{}) {}

// Validate validates the event.
func (e Event) Validate() error { return nil }

// MarshalJSON implements json.Marshaler.
func (e Event) MarshalJSON() ([]byte, error) { return nil, nil }

// UnmarshalJSON implements json.Unmarshaler.
func (e *Event) UnmarshalJSON(b []byte) error { return nil }

// WriteJson writes in as JSON.
func WriteJson(in *Event, writer io.Writer) error { return nil }

// ReadJson reads out from JSON.
func ReadJson(out *Event, reader io.Reader) error { return nil }

// ValidationError maps attributes to their errors.
type ValidationError map[string]error

// Error implements error.
func (e ValidationError) Error() string { return "" }

// EventContextReader reads the attributes of an event context.
type EventContextReader interface {
	GetSpecVersion() string
	GetType() string
	GetSource() string
	GetSubject() string
	GetID() string
	GetTime() time.Time
	GetDataSchema() string
	GetDataContentType() string
	DeprecatedGetDataContentEncoding() string
	GetDataMediaType() (string, error)
	ExtensionAs(string, interface{}) error
	GetExtensions() map[string]interface{}
	GetExtension(string) (interface{}, error)
}

// EventContextWriter writes the attributes of an event context.
type EventContextWriter interface {
	SetType(string) error
	SetSource(string) error
	SetSubject(string) error
	SetID(string) error
	SetTime(time time.Time) error
	SetDataSchema(string) error
	SetDataContentType(string) error
	DeprecatedSetDataContentEncoding(string) error
	SetExtension(string, interface{}) error
}

// EventContextConverter converts between spec versions.
type EventContextConverter interface {
	AsV03() *EventContextV03
	AsV1() *EventContextV1
}

// EventContext is the attributes of an event.
type EventContext interface {
	EventContextConverter
	EventContextReader
	EventContextWriter
	Validate() ValidationError
	Clone() EventContext
	String() string
}

// EventContextV1 is the context of a CloudEvents 1.0 event.
type EventContextV1 struct {
	ID              string                 `json:"id"`
	Source          types.URIRef           `json:"source"`
	Type            string                 `json:"type"`
	DataContentType *string                `json:"datacontenttype,omitempty"`
	Subject         *string                `json:"subject,omitempty"`
	Time            *types.Timestamp       `json:"time,omitempty"`
	DataSchema      *types.URI             `json:"dataschema,omitempty"`
	Extensions      map[string]interface{} `json:"-"`
}

// EventContextV03 is the context of a CloudEvents 0.3 event.
type EventContextV03 struct {
	Type                string                 `json:"type"`
	Source              types.URIRef           `json:"source"`
	Subject             *string                `json:"subject,omitempty"`
	ID                  string                 `json:"id"`
	Time                *types.Timestamp       `json:"time,omitempty"`
	SchemaURL           *types.URIRef          `json:"schemaurl,omitempty"`
	DataContentType     *string                `json:"datacontenttype,omitempty"`
	DataContentEncoding *string                `json:"datacontentencoding,omitempty"`
	Extensions          map[string]interface{} `json:"-"`
}
