// Package users is an example users API on the fn runtime, over
// PostgreSQL: list, create, read, update and delete users, with input
// validation, typed errors and parameterised SQL.
//
//	GET    /users?limit=20&after=41   list users, by id
//	POST   /users                     create a user: {"email": ..., "name": ...}
//	GET    /users/{id}                read a user
//	PUT    /users/{id}                replace a user's email and name
//	DELETE /users/{id}                delete a user (kept 30 days, see examples/cleanup)
//
// The pool is created once per cold start by the caller (see lambda/main.go)
// and shared by every invocation.
package users

import (
	"context"
	"errors"
	"net/mail"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgconn"
	"github.com/jackc/pgx/v5/pgxpool"

	"github.com/fnlint/fnlint/fn"
)

// Schema creates the users table. Deleted users keep their row, with
// deleted_at set, until the cleanup task purges them.
const Schema = `
CREATE TABLE IF NOT EXISTS users (
	id         bigserial PRIMARY KEY,
	email      text NOT NULL,
	name       text NOT NULL,
	created_at timestamptz NOT NULL DEFAULT now(),
	deleted_at timestamptz
);
CREATE UNIQUE INDEX IF NOT EXISTS users_email_live ON users (lower(email)) WHERE deleted_at IS NULL;
CREATE INDEX IF NOT EXISTS users_deleted_at ON users (deleted_at) WHERE deleted_at IS NOT NULL;
`

// A User is a user as the API shows it.
type User struct {
	ID        int64     `json:"id"`
	Email     string    `json:"email"`
	Name      string    `json:"name"`
	CreatedAt time.Time `json:"createdAt"`
}

// Input is the body of POST and PUT.
type Input struct {
	Email string `json:"email"`
	Name  string `json:"name"`
}

// Validate implements fn.Validator.
func (in *Input) Validate() error {
	var v fn.Validation
	in.Email = strings.TrimSpace(in.Email)
	in.Name = strings.TrimSpace(in.Name)
	if v.Check(in.Email != "", "email", "is required") {
		addr, err := mail.ParseAddress(in.Email)
		v.Check(err == nil && addr.Address == in.Email && len(in.Email) <= 254, "email", "must be an email address")
	}
	if v.Check(in.Name != "", "name", "is required") {
		v.Check(utf8.RuneCountInString(in.Name) <= 100, "name", "must be at most 100 characters")
	}
	return v.Err()
}

// API serves the users API.
type API struct {
	db *pgxpool.Pool
}

// New returns the API over db, a pool created at cold start.
func New(db *pgxpool.Pool) *API {
	return &API{db: db}
}

// Routes returns the request function serving every route of the API.
func (a *API) Routes() fn.RequestFunc {
	r := fn.NewRouter()
	r.Handle("GET /users", a.List)
	r.Handle("POST /users", a.Create)
	r.Handle("GET /users/{id}", a.Get)
	r.Handle("PUT /users/{id}", a.Update)
	r.Handle("DELETE /users/{id}", a.Delete)
	return r.Serve
}

// errNotFound is the answer for a user that does not exist.
var errNotFound = fn.NotFound("User not found")

// errEmailTaken is the answer for an email another user has.
var errEmailTaken = fn.Conflict("A user with this email already exists")

const userColumns = "id, email, name, created_at"

func scanUser(row pgx.CollectableRow) (User, error) {
	var u User
	err := row.Scan(&u.ID, &u.Email, &u.Name, &u.CreatedAt)
	return u, err
}

// List answers GET /users: up to limit users (1 to 100, default 20) with
// an id above after, in id order.
func (a *API) List(ctx context.Context, ev *fn.Event) (*fn.Response, error) {
	limit, after, err := pageParams(ev)
	if err != nil {
		return nil, err
	}
	rows, err := a.db.Query(ctx, "SELECT "+userColumns+" FROM users WHERE deleted_at IS NULL AND id > $1 ORDER BY id LIMIT $2", after, limit)
	if err != nil {
		return nil, err
	}
	list, err := pgx.CollectRows(rows, scanUser)
	if err != nil {
		return nil, err
	}
	page := struct {
		Users []User `json:"users"`
		Next  *int64 `json:"next,omitempty"`
	}{Users: list}
	if len(list) == limit {
		page.Next = &list[len(list)-1].ID
	}
	if page.Users == nil {
		page.Users = []User{}
	}
	return fn.JSON(200, page)
}

// pageParams validates the query parameters of List.
func pageParams(ev *fn.Event) (limit int, after int64, err error) {
	var v fn.Validation
	limit = 20
	if s := ev.Query.Get("limit"); s != "" {
		n, perr := strconv.Atoi(s)
		if v.Check(perr == nil, "limit", "must be a number") {
			v.Check(n >= 1 && n <= 100, "limit", "must be between 1 and 100")
			limit = n
		}
	}
	if s := ev.Query.Get("after"); s != "" {
		n, perr := strconv.ParseInt(s, 10, 64)
		v.Check(perr == nil && n >= 0, "after", "must be a user id")
		after = n
	}
	return limit, after, v.Err()
}

// Create answers POST /users.
func (a *API) Create(ctx context.Context, ev *fn.Event) (*fn.Response, error) {
	var in Input
	if err := fn.Bind(ev, &in); err != nil {
		return nil, err
	}
	rows, err := a.db.Query(ctx, "INSERT INTO users (email, name) VALUES ($1, $2) RETURNING "+userColumns, in.Email, in.Name)
	if err != nil {
		return nil, err
	}
	u, err := pgx.CollectExactlyOneRow(rows, scanUser)
	if isUniqueViolation(err) {
		return nil, errEmailTaken
	}
	if err != nil {
		return nil, err
	}
	resp, err := fn.JSON(201, u)
	if err == nil {
		resp.Header.Set("Location", "/users/"+strconv.FormatInt(u.ID, 10))
	}
	return resp, err
}

// Get answers GET /users/{id}.
func (a *API) Get(ctx context.Context, ev *fn.Event) (*fn.Response, error) {
	id, err := userID(ev)
	if err != nil {
		return nil, err
	}
	rows, err := a.db.Query(ctx, "SELECT "+userColumns+" FROM users WHERE id = $1 AND deleted_at IS NULL", id)
	if err != nil {
		return nil, err
	}
	u, err := pgx.CollectExactlyOneRow(rows, scanUser)
	if errors.Is(err, pgx.ErrNoRows) {
		return nil, errNotFound
	}
	if err != nil {
		return nil, err
	}
	return fn.JSON(200, u)
}

// Update answers PUT /users/{id}.
func (a *API) Update(ctx context.Context, ev *fn.Event) (*fn.Response, error) {
	id, err := userID(ev)
	if err != nil {
		return nil, err
	}
	var in Input
	if err := fn.Bind(ev, &in); err != nil {
		return nil, err
	}
	rows, err := a.db.Query(ctx, "UPDATE users SET email = $2, name = $3 WHERE id = $1 AND deleted_at IS NULL RETURNING "+userColumns, id, in.Email, in.Name)
	if err != nil {
		return nil, err
	}
	u, err := pgx.CollectExactlyOneRow(rows, scanUser)
	switch {
	case errors.Is(err, pgx.ErrNoRows):
		return nil, errNotFound
	case isUniqueViolation(err):
		return nil, errEmailTaken
	case err != nil:
		return nil, err
	}
	return fn.JSON(200, u)
}

// Delete answers DELETE /users/{id}. The row stays, marked deleted, until
// the cleanup task purges it.
func (a *API) Delete(ctx context.Context, ev *fn.Event) (*fn.Response, error) {
	id, err := userID(ev)
	if err != nil {
		return nil, err
	}
	tag, err := a.db.Exec(ctx, "UPDATE users SET deleted_at = now() WHERE id = $1 AND deleted_at IS NULL", id)
	if err != nil {
		return nil, err
	}
	if tag.RowsAffected() == 0 {
		return nil, errNotFound
	}
	return fn.NoContent(), nil
}

// userID validates the {id} path parameter.
func userID(ev *fn.Event) (int64, error) {
	id, err := strconv.ParseInt(ev.PathParam("id"), 10, 64)
	if err != nil || id <= 0 {
		return 0, &fn.ValidationError{Details: []fn.FieldError{{Field: "id", Message: "must be a positive integer"}}}
	}
	return id, nil
}

// isUniqueViolation tells whether err is PostgreSQL's unique_violation.
func isUniqueViolation(err error) bool {
	var pgErr *pgconn.PgError
	return errors.As(err, &pgErr) && pgErr.Code == "23505"
}
