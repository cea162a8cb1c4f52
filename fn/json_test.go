package fn_test

import (
	"errors"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/fnlint/fnlint/fn"
)

type signup struct {
	Email string   `json:"email"`
	Age   int      `json:"age"`
	Tags  []string `json:"tags"`
}

func (s *signup) Validate() error {
	var v fn.Validation
	v.Check(s.Email != "", "email", "is required")
	v.Check(s.Age >= 0, "age", "must not be negative")
	return v.Err()
}

type plainValidated struct{ N int }

func (p *plainValidated) Validate() error {
	if p.N == 0 {
		return errors.New("n must be set")
	}
	return nil
}

func TestDecodeJSON(t *testing.T) {
	tests := []struct {
		name        string
		body        string
		contentType string
		status      int // of the mapped error, 0 for success
		details     []fn.FieldError
	}{
		{name: "valid", body: `{"email":"a@b.c","age":3}`},
		{name: "valid with charset", body: `{"email":"a@b.c"}`, contentType: "application/json; charset=utf-8"},
		{name: "vendor json", body: `{"email":"a@b.c"}`, contentType: "application/merge-patch+json"},
		{name: "unknown fields ignored", body: `{"email":"a@b.c","extra":1}`},
		{name: "empty body", body: ``, status: 400},
		{name: "syntax error", body: `{"email":`, status: 400},
		{name: "trailing data", body: `{"email":"a"} {}`, status: 400},
		{name: "trailing garbage", body: `{"email":"a"}x`, status: 400},
		{name: "not JSON", body: `email=a`, status: 400},
		{name: "wrong type", body: `{"email":"a","age":"three"}`, status: 400, details: []fn.FieldError{{Field: "age", Message: "must be a number"}}},
		{name: "wrong type array", body: `{"tags":"a"}`, status: 400, details: []fn.FieldError{{Field: "tags", Message: "must be an array"}}},
		{name: "wrong content type", body: `{"email":"a"}`, contentType: "text/plain", status: 415},
		{name: "bad content type", body: `{"email":"a"}`, contentType: ";;", status: 415},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ev := event("POST", "/signup")
			ev.Body = []byte(tt.body)
			if tt.contentType != "" {
				ev.Header.Set("Content-Type", tt.contentType)
			}
			var s signup
			err := fn.DecodeJSON(ev, &s)
			if tt.status == 0 {
				require.NoError(t, err)
				assert.Equal(t, "a@b.c", s.Email)
				return
			}
			require.Error(t, err)
			resp := fn.ErrorResponse(t.Context(), ev, err)
			assert.Equal(t, tt.status, resp.Status)
			switch {
			case tt.details != nil:
				var verr *fn.ValidationError
				require.ErrorAs(t, err, &verr)
				assert.Equal(t, tt.details, verr.Details)
			case tt.status == 400:
				assert.ErrorIs(t, err, fn.ErrInvalidJSON)
				assert.JSONEq(t, `{"error":"Invalid JSON"}`, string(resp.Body))
			}
		})
	}
}

func TestBind(t *testing.T) {
	ev := event("POST", "/signup")
	ev.Body = []byte(`{"age":-1}`)
	var s signup
	err := fn.Bind(ev, &s)
	resp := fn.ErrorResponse(t.Context(), ev, err)
	assert.Equal(t, 400, resp.Status)
	assert.JSONEq(t, `{"error":"Validation failed","details":[{"field":"email","message":"is required"},{"field":"age","message":"must not be negative"}]}`, string(resp.Body))

	ev.Body = []byte(`{"email":"a@b.c"}`)
	var ok signup
	require.NoError(t, fn.Bind(ev, &ok))

	ev.Body = []byte(`{"N":0}`)
	var p plainValidated
	err = fn.Bind(ev, &p)
	var verr *fn.ValidationError
	require.ErrorAs(t, err, &verr)
	assert.Equal(t, []fn.FieldError{{Message: "n must be set"}}, verr.Details)

	ev.Body = []byte(`nope`)
	assert.ErrorIs(t, fn.Bind(ev, &p), fn.ErrInvalidJSON)

	var m map[string]int
	ev.Body = []byte(`{"a":1}`)
	require.NoError(t, fn.Bind(ev, &m), "values that are not Validators are only decoded")
	assert.Equal(t, map[string]int{"a": 1}, m)
}

func TestTaskDecode(t *testing.T) {
	task := &fn.Task{ID: "m1", Payload: []byte(`{"email":"x"}`)}
	var s signup
	require.NoError(t, task.Decode(&s))
	assert.Equal(t, "x", s.Email)

	task.Payload = []byte(`{`)
	err := task.Decode(&s)
	assert.ErrorIs(t, err, fn.ErrInvalidJSON)
	assert.True(t, fn.IsPermanent(err), "a payload that does not decode is not retried")

	task.Attributes = map[string]string{"a": "1"}
	c := task.Clone()
	c.Attributes["a"] = "2"
	c.Payload[0] = '['
	assert.Equal(t, "1", task.Attributes["a"])
	assert.Equal(t, byte('{'), task.Payload[0])
}
