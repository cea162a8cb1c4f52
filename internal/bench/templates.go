package bench

import (
	"strings"
	"text/template"
)

// templates are the files of the generated module. Each is executed with a
// *service (store.go with the module) and formatted with go/format.
var templates = template.Must(template.New("").Funcs(template.FuncMap{
	"camel": camel,
}).Parse(storeTmpl + domainTmpl + httpapiTmpl + apiTmpl + workerTmpl + httpmainTmpl))

// camel turns a status such as "in_transit" into the identifier part
// "InTransit".
func camel(s string) string {
	var b strings.Builder
	for part := range strings.SplitSeq(s, "_") {
		if part == "" {
			continue
		}
		b.WriteString(strings.ToUpper(part[:1]) + part[1:])
	}
	return b.String()
}

const storeTmpl = `{{define "store"}}// Package store is the data access layer every service of the module
// shares: one table per entity, rows with a JSON payload.
package store

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"time"
)

// ErrNotFound is returned when no row matches.
var ErrNotFound = errors.New("store: not found")

// Record is a row of an entity table.
type Record struct {
	ID        string
	Owner     string
	Status    string
	Amount    int64
	Payload   []byte
	UpdatedAt time.Time
}

// DB is a pool of connections to the database.
type DB struct {
	db *sql.DB
}

// Open opens a pool on dsn.
func Open(dsn string) (*DB, error) {
	db, err := sql.Open("postgres", dsn)
	if err != nil {
		return nil, fmt.Errorf("open store: %w", err)
	}
	db.SetMaxOpenConns(4)
	db.SetMaxIdleConns(2)
	db.SetConnMaxIdleTime(5 * time.Minute)
	return &DB{db: db}, nil
}

// Close closes the pool.
func (s *DB) Close() error { return s.db.Close() }

// Get returns the row of table with id.
func (s *DB) Get(ctx context.Context, table, id string) (*Record, error) {
	row := s.db.QueryRowContext(ctx,
		"SELECT id, owner, status, amount, payload, updated_at FROM "+table+" WHERE id = $1", id)
	var r Record
	if err := row.Scan(&r.ID, &r.Owner, &r.Status, &r.Amount, &r.Payload, &r.UpdatedAt); err != nil {
		if errors.Is(err, sql.ErrNoRows) {
			return nil, ErrNotFound
		}
		return nil, fmt.Errorf("get %s %s: %w", table, id, err)
	}
	return &r, nil
}

// List returns at most limit rows of table owned by owner, newest first.
func (s *DB) List(ctx context.Context, table, owner string, limit int) ([]Record, error) {
	rows, err := s.db.QueryContext(ctx,
		"SELECT id, owner, status, amount, payload, updated_at FROM "+table+
			" WHERE owner = $1 ORDER BY updated_at DESC LIMIT $2", owner, limit)
	if err != nil {
		return nil, fmt.Errorf("list %s: %w", table, err)
	}
	defer rows.Close()
	return scanAll(rows)
}

// Query runs a query returning rows of an entity table.
func (s *DB) Query(ctx context.Context, query string, args ...any) ([]Record, error) {
	rows, err := s.db.QueryContext(ctx, query, args...)
	if err != nil {
		return nil, fmt.Errorf("query: %w", err)
	}
	defer rows.Close()
	return scanAll(rows)
}

func scanAll(rows *sql.Rows) ([]Record, error) {
	var out []Record
	for rows.Next() {
		var r Record
		if err := rows.Scan(&r.ID, &r.Owner, &r.Status, &r.Amount, &r.Payload, &r.UpdatedAt); err != nil {
			return nil, fmt.Errorf("scan: %w", err)
		}
		out = append(out, r)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("rows: %w", err)
	}
	return out, nil
}

// Put inserts or replaces the row of r.
func (s *DB) Put(ctx context.Context, table string, r Record) error {
	_, err := s.db.ExecContext(ctx,
		"INSERT INTO "+table+" (id, owner, status, amount, payload, updated_at) VALUES ($1, $2, $3, $4, $5, $6)"+
			" ON CONFLICT (id) DO UPDATE SET status = EXCLUDED.status, amount = EXCLUDED.amount,"+
			" payload = EXCLUDED.payload, updated_at = EXCLUDED.updated_at",
		r.ID, r.Owner, r.Status, r.Amount, r.Payload, r.UpdatedAt)
	if err != nil {
		return fmt.Errorf("put %s %s: %w", table, r.ID, err)
	}
	return nil
}

// Insert inserts r and fails if its id exists.
func (s *DB) Insert(ctx context.Context, table string, r Record) error {
	_, err := s.db.ExecContext(ctx,
		"INSERT INTO "+table+" (id, owner, status, amount, payload, updated_at) VALUES ($1, $2, $3, $4, $5, $6)",
		r.ID, r.Owner, r.Status, r.Amount, r.Payload, r.UpdatedAt)
	if err != nil {
		return fmt.Errorf("insert %s %s: %w", table, r.ID, err)
	}
	return nil
}

// Delete deletes the row of table with id.
func (s *DB) Delete(ctx context.Context, table, id string) error {
	res, err := s.db.ExecContext(ctx, "DELETE FROM "+table+" WHERE id = $1", id)
	if err != nil {
		return fmt.Errorf("delete %s %s: %w", table, id, err)
	}
	if n, err := res.RowsAffected(); err == nil && n == 0 {
		return ErrNotFound
	}
	return nil
}

// WithTx runs fn in a transaction, committed when fn returns nil.
func (s *DB) WithTx(ctx context.Context, fn func(*sql.Tx) error) error {
	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return fmt.Errorf("begin: %w", err)
	}
	defer tx.Rollback()
	if err := fn(tx); err != nil {
		return err
	}
	if err := tx.Commit(); err != nil {
		return fmt.Errorf("commit: %w", err)
	}
	return nil
}
{{end}}`

const domainTmpl = `{{define "domain"}}// Package domain holds the {{.Var}} model of service {{.Dir}}: validation,
// state transitions and the mapping to store records.
package domain

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"strings"
	"time"

	"{{.Module}}/store"
)

// Table is the store table of {{.Plural}}.
const Table = "{{.Plural}}"

// MaxItems is the largest number of items in one {{.Var}}.
const MaxItems = {{.MaxItems}}

// Statuses of a {{.Type}}.
const (
{{- range .Statuses}}
	Status{{camel .}} = "{{.}}"
{{- end}}
	Status{{camel .Terminal}} = "{{.Terminal}}"
)

// ErrInvalid is wrapped by every validation error.
var ErrInvalid = errors.New("invalid {{.Var}}")

// A ValidationError names the field that is wrong.
type ValidationError struct {
	Field  string
	Reason string
}

func (e *ValidationError) Error() string { return e.Field + ": " + e.Reason }

// Unwrap makes errors.Is(err, ErrInvalid) hold.
func (e *ValidationError) Unwrap() error { return ErrInvalid }

// Item is one line of a {{.Type}}.
type Item struct {
	SKU      string ` + "`json:\"sku\"`" + `
	Quantity int    ` + "`json:\"quantity\"`" + `
	Price    int64  ` + "`json:\"price\"`" + `
}

// {{.Type}} is the entity of the service.
type {{.Type}} struct {
	ID        string    ` + "`json:\"id\"`" + `
	Owner     string    ` + "`json:\"owner\"`" + `
	Status    string    ` + "`json:\"status\"`" + `
	Items     []Item    ` + "`json:\"items\"`" + `
	Note      string    ` + "`json:\"note,omitempty\"`" + `
	CreatedAt time.Time ` + "`json:\"createdAt\"`" + `
}

// Validate checks the fields a client sends.
func (x *{{.Type}}) Validate() error {
	if strings.TrimSpace(x.Owner) == "" {
		return &ValidationError{Field: "owner", Reason: "required"}
	}
	if len(x.Items) == 0 {
		return &ValidationError{Field: "items", Reason: "at least one item"}
	}
	if len(x.Items) > MaxItems {
		return &ValidationError{Field: "items", Reason: fmt.Sprintf("at most %d items", MaxItems)}
	}
	seen := make(map[string]bool, len(x.Items))
	for i, it := range x.Items {
		switch {
		case it.SKU == "":
			return &ValidationError{Field: fmt.Sprintf("items[%d].sku", i), Reason: "required"}
		case seen[it.SKU]:
			return &ValidationError{Field: fmt.Sprintf("items[%d].sku", i), Reason: "duplicate"}
		case it.Quantity <= 0 || it.Price < 0:
			return &ValidationError{Field: fmt.Sprintf("items[%d]", i), Reason: "quantity and price must be positive"}
		}
		seen[it.SKU] = true
	}
	if len(x.Note) > {{.NoteLimit}} {
		return &ValidationError{Field: "note", Reason: "too long"}
	}
	return nil
}

// Total is the price of every item times its quantity.
func (x *{{.Type}}) Total() int64 {
	var t int64
	for _, it := range x.Items {
		t += int64(it.Quantity) * it.Price
	}
	return t
}

// Decode parses and validates a {{.Var}} sent by a client.
func Decode(body []byte) (*{{.Type}}, error) {
	var x {{.Type}}
	dec := json.NewDecoder(bytes.NewReader(body))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&x); err != nil {
		return nil, fmt.Errorf("decode {{.Var}}: %w", err)
	}
	if err := x.Validate(); err != nil {
		return nil, err
	}
	x.Status = Status{{camel (index .Statuses 0)}}
	return &x, nil
}

// NextStatus is the status that follows current on event, or an error
// when the transition is not allowed.
func NextStatus(current, event string) (string, error) {
	switch event {
	case "advance":
		switch current {
{{- range .Transitions}}
		case Status{{camel .From}}:
			return Status{{camel .To}}, nil
{{- end}}
		}
	case "cancel":
		if current != Status{{camel .Terminal}} && current != Status{{camel .Last}} {
			return Status{{camel .Terminal}}, nil
		}
	}
	return "", fmt.Errorf("%w: no transition from %q on %q", ErrInvalid, current, event)
}

// ToRecord maps x to a store record.
func ToRecord(x *{{.Type}}) (store.Record, error) {
	payload, err := json.Marshal(x)
	if err != nil {
		return store.Record{}, fmt.Errorf("encode {{.Var}} %s: %w", x.ID, err)
	}
	return store.Record{
		ID:        x.ID,
		Owner:     x.Owner,
		Status:    x.Status,
		Amount:    x.Total(),
		Payload:   payload,
		UpdatedAt: time.Now().UTC(),
	}, nil
}

// FromRecord maps a store record back to a {{.Type}}.
func FromRecord(r *store.Record) (*{{.Type}}, error) {
	var x {{.Type}}
	if err := json.Unmarshal(r.Payload, &x); err != nil {
		return nil, fmt.Errorf("decode {{.Var}} %s: %w", r.ID, err)
	}
	x.Status = r.Status
	return &x, nil
}
{{end}}`

const httpapiTmpl = `{{define "httpapi"}}// Package httpapi serves the {{.Plural}} of service {{.Dir}} over net/http.
package httpapi

import (
	"encoding/json"
	"errors"
	"io"
	"log/slog"
	"net/http"
	"strconv"

	"{{.Module}}/{{.Dir}}/domain"
	"{{.Module}}/store"
)

// Server answers requests on {{.Plural}}.
type Server struct {
	store *store.DB
	log   *slog.Logger
}

// New returns a server on st.
func New(st *store.DB, log *slog.Logger) *Server {
	return &Server{store: st, log: log}
}

// Routes returns the routes of the server.
func (s *Server) Routes() *http.ServeMux {
	mux := http.NewServeMux()
	mux.Handle("/{{.Plural}}/", s)
	mux.HandleFunc("POST /{{.Plural}}/{id}/status", s.updateStatus)
	mux.HandleFunc("GET /healthz", Health)
	return mux
}

// ServeHTTP routes on the method.
func (s *Server) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	switch r.Method {
	case http.MethodGet:
		if r.URL.Query().Has("owner") {
			s.list(w, r)
			return
		}
		s.get(w, r)
	case http.MethodPost:
		s.create(w, r)
	case http.MethodDelete:
		s.delete(w, r)
	default:
		w.Header().Set("Allow", "GET, POST, DELETE")
		writeError(w, http.StatusMethodNotAllowed, "method not allowed")
	}
}

func (s *Server) get(w http.ResponseWriter, r *http.Request) {
	id := r.URL.Query().Get("id")
	if id == "" {
		writeError(w, http.StatusBadRequest, "id is required")
		return
	}
	rec, err := s.store.Get(r.Context(), domain.Table, id)
	if errors.Is(err, store.ErrNotFound) {
		writeError(w, http.StatusNotFound, "not found")
		return
	}
	if err != nil {
		s.fail(w, r, err)
		return
	}
	x, err := domain.FromRecord(rec)
	if err != nil {
		s.fail(w, r, err)
		return
	}
	writeJSON(w, http.StatusOK, x)
}

func (s *Server) list(w http.ResponseWriter, r *http.Request) {
	limit := 20
	if v := r.URL.Query().Get("limit"); v != "" {
		n, err := strconv.Atoi(v)
		if err != nil || n < 1 || n > 100 {
			writeError(w, http.StatusBadRequest, "limit must be between 1 and 100")
			return
		}
		limit = n
	}
	recs, err := s.store.List(r.Context(), domain.Table, r.URL.Query().Get("owner"), limit)
	if err != nil {
		s.fail(w, r, err)
		return
	}
	out := make([]*domain.{{.Type}}, 0, len(recs))
	for i := range recs {
		x, err := domain.FromRecord(&recs[i])
		if err != nil {
			s.fail(w, r, err)
			return
		}
		out = append(out, x)
	}
	writeJSON(w, http.StatusOK, out)
}

func (s *Server) create(w http.ResponseWriter, r *http.Request) {
	body, err := io.ReadAll(http.MaxBytesReader(w, r.Body, 1<<20))
	if err != nil {
		writeError(w, http.StatusRequestEntityTooLarge, "body too large")
		return
	}
	x, err := domain.Decode(body)
	if err != nil {
		writeError(w, http.StatusBadRequest, err.Error())
		return
	}
	rec, err := domain.ToRecord(x)
	if err != nil {
		s.fail(w, r, err)
		return
	}
	if err := s.store.Insert(r.Context(), domain.Table, rec); err != nil {
		s.fail(w, r, err)
		return
	}
	writeJSON(w, http.StatusCreated, x)
}

func (s *Server) delete(w http.ResponseWriter, r *http.Request) {
	err := s.store.Delete(r.Context(), domain.Table, r.URL.Query().Get("id"))
	switch {
	case errors.Is(err, store.ErrNotFound):
		writeError(w, http.StatusNotFound, "not found")
	case err != nil:
		s.fail(w, r, err)
	default:
		w.WriteHeader(http.StatusNoContent)
	}
}

func (s *Server) updateStatus(w http.ResponseWriter, r *http.Request) {
	var req struct {
		Event string ` + "`json:\"event\"`" + `
	}
	if err := json.NewDecoder(http.MaxBytesReader(w, r.Body, 4096)).Decode(&req); err != nil {
		writeError(w, http.StatusBadRequest, "invalid JSON")
		return
	}
	rec, err := s.store.Get(r.Context(), domain.Table, r.PathValue("id"))
	if errors.Is(err, store.ErrNotFound) {
		writeError(w, http.StatusNotFound, "not found")
		return
	}
	if err != nil {
		s.fail(w, r, err)
		return
	}
	next, err := domain.NextStatus(rec.Status, req.Event)
	if err != nil {
		writeError(w, http.StatusConflict, err.Error())
		return
	}
	rec.Status = next
	if err := s.store.Put(r.Context(), domain.Table, *rec); err != nil {
		s.fail(w, r, err)
		return
	}
	writeJSON(w, http.StatusOK, map[string]string{"status": next})
}

func (s *Server) fail(w http.ResponseWriter, r *http.Request, err error) {
	s.log.ErrorContext(r.Context(), "request failed", "path", r.URL.Path, "err", err)
	writeError(w, http.StatusInternalServerError, "internal server error")
}

// Health answers the load balancer's health checks.
func Health(w http.ResponseWriter, r *http.Request) {
	w.Header().Set("Cache-Control", "no-store")
	io.WriteString(w, "ok")
}

func writeJSON(w http.ResponseWriter, status int, v any) {
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(status)
	json.NewEncoder(w).Encode(v)
}

func writeError(w http.ResponseWriter, status int, msg string) {
	writeJSON(w, status, map[string]string{"error": msg})
}
{{end}}`
