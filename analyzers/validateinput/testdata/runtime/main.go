// Package main holds request and task functions on the fn runtime.
package main

import (
	"context"
	"database/sql"
	"net/http"

	"github.com/fnlint/fnlint/fn"
)

var db *sql.DB

type rename struct {
	Name string `json:"name"`
}

// Validate checks the name.
func (r *rename) Validate() error {
	var v fn.Validation
	v.Check(r.Name != "", "name", "is required")
	v.Check(len(r.Name) <= 64, "name", "is too long")
	return v.Err()
}

func renameUser(ctx context.Context, ev *fn.Event) (*fn.Response, error) {
	var req rename
	if err := fn.DecodeJSON(ev, &req); err != nil {
		return fn.JSON(http.StatusInternalServerError, map[string]string{"error": "Invalid JSON"}) // want `error of fn.DecodeJSON answered with 500`
	}
	if _, err := db.ExecContext(ctx, "UPDATE users SET name = $1 WHERE id = $2", req.Name, ev.PathParam("id")); err != nil { // want `request body decoded into req reaches SQL arguments of sql.\(\*DB\).ExecContext unvalidated; call its Validate method` `path parameter "id" reaches SQL arguments`
		return nil, err
	}
	return fn.NoContent(), nil
}

// renameBound uses fn.Bind, which validates, and checks the id.
func renameBound(ctx context.Context, ev *fn.Event) (*fn.Response, error) {
	var req rename
	if err := fn.Bind(ev, &req); err != nil {
		return nil, err
	}
	id := ev.PathParam("id")
	if len(id) != 26 {
		return nil, fn.BadRequest("bad id")
	}
	if _, err := db.ExecContext(ctx, "UPDATE users SET name = $1 WHERE id = $2", req.Name, id); err != nil {
		return nil, err
	}
	return fn.NoContent(), nil
}

// renameChecked validates through the fn.Validator interface.
func renameChecked(ctx context.Context, ev *fn.Event) (*fn.Response, error) {
	var req rename
	if err := fn.DecodeJSON(ev, &req); err != nil {
		return nil, err
	}
	var v fn.Validator = &req
	if err := v.Validate(); err != nil {
		return nil, err
	}
	if _, err := db.ExecContext(ctx, "UPDATE users SET name = $1", req.Name); err != nil {
		return nil, err
	}
	return fn.NoContent(), nil
}

// importTask stores the payload of a task.
func importTask(ctx context.Context, task *fn.Task) error {
	var req rename
	if err := task.Decode(&req); err != nil {
		return fn.Permanent(err)
	}
	_, err := db.ExecContext(ctx, "INSERT INTO users (name) VALUES ($1)", req.Name) // want `task payload decoded into req reaches SQL arguments`
	return err
}

func main() {
	r := fn.NewRouter()
	r.Handle("PUT /users/{id}", renameUser)
	r.Handle("PUT /v2/users/{id}", renameBound)
	r.Handle("PUT /v3/users", renameChecked)
	var s fn.Scheduler
	s.Add("import", "rate(1 hour)", importTask)
}
