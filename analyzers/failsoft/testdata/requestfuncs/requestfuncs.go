// Package requestfuncs holds request functions and helpers with the same
// failure handling as a bad response function: they are not response
// functions, so nothing is reported.
package requestfuncs

import (
	"context"
	"encoding/json"

	"github.com/fnlint/fnlint/fn"
)

type input struct {
	Name string `json:"name"`
}

func create(ctx context.Context, ev *fn.Event) (*fn.Response, error) {
	var in input
	if err := json.Unmarshal(ev.Body, &in); err != nil {
		return nil, fn.BadRequest("Invalid JSON")
	}
	return fn.JSON(201, in)
}

// transform looks like a response function but is a helper with another
// signature, called by one.
func transform(resp *fn.Response, extra string) (*fn.Response, error) {
	var obj map[string]any
	if err := json.Unmarshal(resp.Body, &obj); err != nil {
		return nil, err
	}
	_ = obj["id"].(string)
	return resp, nil
}

// Routes registers the request function.
func Routes() *fn.Router {
	r := fn.NewRouter()
	r.Handle("POST /items", create)
	return r
}

var _ = transform
