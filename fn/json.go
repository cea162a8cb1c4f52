package fn

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"mime"
	"net/http"
	"reflect"
	"strings"
)

// DefaultMaxBodyBytes is the size limit of request bodies that adapters
// apply unless told otherwise: 1 MiB.
const DefaultMaxBodyBytes = 1 << 20

// ErrBodyTooLarge answers a request body over the adapter's limit with 413.
var ErrBodyTooLarge = &Error{Status: http.StatusRequestEntityTooLarge, Message: "Request body too large"}

// DecodeJSON decodes the request body into v.
//
// A body that is not one JSON value returns an error wrapping
// [ErrInvalidJSON]; a value of the wrong type for a field returns a
// [*ValidationError] naming the field; a Content-Type other than JSON
// returns a 415 [*Error]. Unknown fields are ignored.
func DecodeJSON(ev *Event, v any) error {
	if ct := ev.Header.Get("Content-Type"); ct != "" {
		mt, _, err := mime.ParseMediaType(ct)
		if err != nil || (mt != "application/json" && !strings.HasSuffix(mt, "+json")) {
			return &Error{Status: http.StatusUnsupportedMediaType, Message: "Content-Type must be application/json"}
		}
	}
	dec := json.NewDecoder(bytes.NewReader(ev.Body))
	if err := dec.Decode(v); err != nil {
		var terr *json.UnmarshalTypeError
		if errors.As(err, &terr) && terr.Field != "" {
			return &ValidationError{Details: []FieldError{{Field: terr.Field, Message: "must be " + jsonKind(terr.Type)}}}
		}
		return fmt.Errorf("decode request body: %w: %w", ErrInvalidJSON, err)
	}
	if _, err := dec.Token(); err != io.EOF {
		return fmt.Errorf("decode request body: %w: data after the JSON value", ErrInvalidJSON)
	}
	return nil
}

// jsonKind names the kind of JSON value that t decodes from, for messages.
func jsonKind(t reflect.Type) string {
	for t.Kind() == reflect.Pointer {
		t = t.Elem()
	}
	switch t.Kind() {
	case reflect.String:
		return "a string"
	case reflect.Bool:
		return "a boolean"
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64,
		reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64,
		reflect.Float32, reflect.Float64:
		return "a number"
	case reflect.Slice, reflect.Array:
		return "an array"
	case reflect.Struct, reflect.Map:
		return "an object"
	}
	return "of another type"
}

// Bind decodes the request body into v like [DecodeJSON], then validates
// it when v is a [Validator]. An error of Validate that is not a
// *ValidationError becomes one, its text a detail for the client.
func Bind(ev *Event, v any) error {
	if err := DecodeJSON(ev, v); err != nil {
		return err
	}
	val, ok := v.(Validator)
	if !ok {
		return nil
	}
	err := val.Validate()
	if err == nil {
		return nil
	}
	var verr *ValidationError
	if errors.As(err, &verr) {
		return verr
	}
	return &ValidationError{Details: []FieldError{{Message: err.Error()}}}
}
