package bench

// The main packages of a service: an API Gateway v2 Lambda function, an SQS
// Lambda function and a net/http server. They vary with the service (see
// service): how the handler is registered, whether the pool is opened per
// invocation, whether a query is built with fmt.Sprintf, whether the worker
// writes an audit row with a plain INSERT, whether the worker's handler does
// everything inline with a retry loop. The variants are the practices
// fnlint's checks are about, so that the suite has findings to report.

const apiTmpl = `{{define "api"}}// Command api is the API Gateway v2 Lambda function of service {{.Dir}}.
package main

import (
	"context"
	"encoding/base64"
	"encoding/json"
	"errors"
{{- if .SprintfQuery}}
	"fmt"
{{- end}}
	"log/slog"
	"net/http"
	"os"
	"strconv"

	"github.com/aws/aws-lambda-go/events"
	"github.com/aws/aws-lambda-go/lambda"
	"github.com/aws/aws-lambda-go/lambdacontext"

	"{{.Module}}/{{.Dir}}/domain"
	"{{.Module}}/store"
)

type handler struct {
	st  *store.DB
	dsn string
}
{{if .PerInvocationDB}}
// db opens a pool for the request.
func (h *handler) db() (*store.DB, error) { return store.Open(h.dsn) }
{{else}}
// db returns the pool opened at cold start.
func (h *handler) db() (*store.DB, error) { return h.st, nil }
{{end}}
// Handle routes on the route key.
func (h *handler) Handle(ctx context.Context, req events.APIGatewayV2HTTPRequest) (events.APIGatewayV2HTTPResponse, error) {
	switch req.RouteKey {
	case "GET /{{.Plural}}/{id}":
		return h.get(ctx, req.PathParameters["id"])
	case "GET /{{.Plural}}":
		return h.list(ctx, req.QueryStringParameters)
	case "POST /{{.Plural}}":
		if ct := req.Headers["content-type"]; ct != "" && ct != "application/json" {
			return respond(http.StatusUnsupportedMediaType, map[string]string{"error": "JSON only"})
		}
		body := []byte(req.Body)
		if req.IsBase64Encoded {
			b, err := base64.StdEncoding.DecodeString(req.Body)
			if err != nil {
				return respond(http.StatusBadRequest, map[string]string{"error": "invalid base64 body"})
			}
			body = b
		}
		return h.create(ctx, body)
	case "DELETE /{{.Plural}}/{id}":
		st, err := h.db()
		if err != nil {
			return serverError(ctx, err)
		}
		if err := st.Delete(ctx, domain.Table, req.PathParameters["id"]); err != nil {
			if errors.Is(err, store.ErrNotFound) {
				return respond(http.StatusNotFound, map[string]string{"error": "not found"})
			}
			return serverError(ctx, err)
		}
		return events.APIGatewayV2HTTPResponse{StatusCode: http.StatusNoContent}, nil
	default:
		return respond(http.StatusNotFound, map[string]string{"error": "no route " + req.RouteKey})
	}
}

func (h *handler) get(ctx context.Context, id string) (events.APIGatewayV2HTTPResponse, error) {
	st, err := h.db()
	if err != nil {
		return serverError(ctx, err)
	}
	rec, err := st.Get(ctx, domain.Table, id)
	if errors.Is(err, store.ErrNotFound) {
		return respond(http.StatusNotFound, map[string]string{"error": "not found"})
	}
	if err != nil {
		return serverError(ctx, err)
	}
	x, err := domain.FromRecord(rec)
	if err != nil {
		return serverError(ctx, err)
	}
	return respond(http.StatusOK, x)
}

func (h *handler) list(ctx context.Context, params map[string]string) (events.APIGatewayV2HTTPResponse, error) {
	owner := params["owner"]
	if owner == "" {
		return respond(http.StatusBadRequest, map[string]string{"error": "owner is required"})
	}
	limit := 20
	if v, ok := params["limit"]; ok {
		n, err := strconv.Atoi(v)
		if err != nil || n < 1 || n > 100 {
			return respond(http.StatusBadRequest, map[string]string{"error": "limit must be between 1 and 100"})
		}
		limit = n
	}
	st, err := h.db()
	if err != nil {
		return serverError(ctx, err)
	}
{{- if .SprintfQuery}}
	query := fmt.Sprintf("SELECT id, owner, status, amount, payload, updated_at FROM %s WHERE owner = '%s' LIMIT %d",
		domain.Table, owner, limit)
	recs, err := st.Query(ctx, query)
{{- else}}
	recs, err := st.List(ctx, domain.Table, owner, limit)
{{- end}}
	if err != nil {
		return serverError(ctx, err)
	}
	out := make([]*domain.{{.Type}}, 0, len(recs))
	for i := range recs {
		x, err := domain.FromRecord(&recs[i])
		if err != nil {
			return serverError(ctx, err)
		}
		out = append(out, x)
	}
	return respond(http.StatusOK, out)
}

func (h *handler) create(ctx context.Context, body []byte) (events.APIGatewayV2HTTPResponse, error) {
	x, err := domain.Decode(body)
	if err != nil {
		var verr *domain.ValidationError
		if errors.As(err, &verr) {
			return respond(http.StatusBadRequest, map[string]string{"error": "validation failed", "field": verr.Field})
		}
		return respond(http.StatusBadRequest, map[string]string{"error": "invalid JSON"})
	}
	rec, err := domain.ToRecord(x)
	if err != nil {
		return serverError(ctx, err)
	}
	st, err := h.db()
	if err != nil {
		return serverError(ctx, err)
	}
	if err := st.Insert(ctx, domain.Table, rec); err != nil {
		return serverError(ctx, err)
	}
	return respond(http.StatusCreated, x)
}

func respond(status int, v any) (events.APIGatewayV2HTTPResponse, error) {
	body, err := json.Marshal(v)
	if err != nil {
		return events.APIGatewayV2HTTPResponse{StatusCode: http.StatusInternalServerError}, nil
	}
	return events.APIGatewayV2HTTPResponse{
		StatusCode: status,
		Headers:    map[string]string{"Content-Type": "application/json"},
		Body:       string(body),
	}, nil
}

func serverError(ctx context.Context, err error) (events.APIGatewayV2HTTPResponse, error) {
	var requestID string
	if lc, ok := lambdacontext.FromContext(ctx); ok {
		requestID = lc.AwsRequestID
	}
	slog.ErrorContext(ctx, "request failed", "requestId", requestID, "err", err)
	return respond(http.StatusInternalServerError, map[string]string{"error": "internal server error", "requestId": requestID})
}
{{if eq .StartStyle 2}}
func newHandler(st *store.DB, dsn string) func(context.Context, events.APIGatewayV2HTTPRequest) (events.APIGatewayV2HTTPResponse, error) {
	h := &handler{st: st, dsn: dsn}
	return h.Handle
}
{{end}}
func main() {
	dsn := os.Getenv("DATABASE_URL")
{{- if .PerInvocationDB}}
	var st *store.DB
{{- else}}
	st, err := store.Open(dsn)
	if err != nil {
		slog.Error("open store", "err", err)
		os.Exit(1)
	}
{{- end}}
{{- if eq .StartStyle 0}}
	h := &handler{st: st, dsn: dsn}
	lambda.Start(h.Handle)
{{- else if eq .StartStyle 1}}
	h := &handler{st: st, dsn: dsn}
	lambda.Start(func(ctx context.Context, req events.APIGatewayV2HTTPRequest) (events.APIGatewayV2HTTPResponse, error) {
		return h.Handle(ctx, req)
	})
{{- else}}
	lambda.Start(newHandler(st, dsn))
{{- end}}
}
{{end}}`

const workerTmpl = `{{define "worker"}}// Command worker is the SQS Lambda function of service {{.Dir}}: it applies
// status changes to {{.Plural}}.
package main

import (
	"context"
{{- if or (not .InlineWorker) .Prev}}
	"database/sql"
{{- end}}
	"encoding/json"
	"errors"
	"fmt"
	"log/slog"
	"os"
{{- if .InlineWorker}}
	"strconv"
	"time"
{{- end}}

	"github.com/aws/aws-lambda-go/events"
	"github.com/aws/aws-lambda-go/lambda"

	"{{.Module}}/{{.Dir}}/domain"
{{- if .Prev}}
	prev "{{.Module}}/{{.Prev.Dir}}/domain"
{{- end}}
	"{{.Module}}/store"
)

// change is the body of a message.
type change struct {
	ID      string ` + "`json:\"id\"`" + `
	Event   string ` + "`json:\"event\"`" + `
	Related string ` + "`json:\"related,omitempty\"`" + `
}

var db *store.DB
{{if .InlineWorker}}
func handle(ctx context.Context, ev events.SQSEvent) (events.SQSEventResponse, error) {
	var resp events.SQSEventResponse
	fail := func(msg events.SQSMessage, err error) {
		slog.ErrorContext(ctx, "process message", "messageId", msg.MessageId, "err", err)
		resp.BatchItemFailures = append(resp.BatchItemFailures, events.SQSBatchItemFailure{ItemIdentifier: msg.MessageId})
	}
records:
	for _, msg := range ev.Records {
		if n, _ := strconv.Atoi(msg.Attributes["ApproximateReceiveCount"]); n > 5 {
			slog.WarnContext(ctx, "dropping poison message", "messageId", msg.MessageId)
			continue
		}
		var c change
		if err := json.Unmarshal([]byte(msg.Body), &c); err != nil {
			fail(msg, fmt.Errorf("decode message: %w", err))
			continue
		}
		if c.ID == "" || c.Event == "" {
			fail(msg, errors.New("message without id or event"))
			continue
		}
		rec, err := db.Get(ctx, domain.Table, c.ID)
		if errors.Is(err, store.ErrNotFound) {
			slog.WarnContext(ctx, "no such {{.Var}}", "id", c.ID)
			continue
		}
		if err != nil {
			fail(msg, err)
			continue
		}
		next, err := domain.NextStatus(rec.Status, c.Event)
		if err != nil {
			fail(msg, err)
			continue
		}
		rec.Status = next
		for attempt := 1; ; attempt++ {
			err = db.Put(ctx, domain.Table, *rec)
			if err == nil {
				break
			}
			if attempt == 3 {
				fail(msg, err)
				continue records
			}
			select {
			case <-ctx.Done():
				fail(msg, ctx.Err())
				return resp, nil
			case <-time.After(time.Duration(attempt) * 100 * time.Millisecond):
			}
		}
{{- if .Prev}}
		if c.Related != "" {
			err := db.WithTx(ctx, func(tx *sql.Tx) error { return touchRelated(ctx, tx, c.Related) })
			if err != nil {
				fail(msg, err)
			}
		}
{{- end}}
	}
	return resp, nil
}
{{else}}
func handle(ctx context.Context, ev events.SQSEvent) (events.SQSEventResponse, error) {
	var resp events.SQSEventResponse
	for _, msg := range ev.Records {
		if err := process(ctx, msg); err != nil {
			slog.ErrorContext(ctx, "process message", "messageId", msg.MessageId, "err", err)
			resp.BatchItemFailures = append(resp.BatchItemFailures, events.SQSBatchItemFailure{ItemIdentifier: msg.MessageId})
		}
	}
	return resp, nil
}

// process applies the change of one message.
func process(ctx context.Context, msg events.SQSMessage) error {
	var c change
	if err := json.Unmarshal([]byte(msg.Body), &c); err != nil {
		return fmt.Errorf("decode message: %w", err)
	}
	if c.ID == "" || c.Event == "" {
		return errors.New("message without id or event")
	}
	rec, err := db.Get(ctx, domain.Table, c.ID)
	if err != nil {
		return err
	}
	next, err := domain.NextStatus(rec.Status, c.Event)
	if err != nil {
		return err
	}
	return db.WithTx(ctx, func(tx *sql.Tx) error {
		if _, err := tx.ExecContext(ctx,
			"UPDATE "+domain.Table+" SET status = $1, updated_at = now() WHERE id = $2 AND status = $3",
			next, c.ID, rec.Status); err != nil {
			return fmt.Errorf("update %s: %w", c.ID, err)
		}
{{- if .AuditInsert}}
		if _, err := tx.ExecContext(ctx,
			"INSERT INTO audit (entity, id, event, at) VALUES ($1, $2, $3, now())",
			domain.Table, c.ID, c.Event); err != nil {
			return fmt.Errorf("audit %s: %w", c.ID, err)
		}
{{- end}}
{{- if .Prev}}
		if c.Related != "" {
			return touchRelated(ctx, tx, c.Related)
		}
{{- end}}
		return nil
	})
}
{{end}}
{{if .Prev}}
// touchRelated advances the related record of service {{.Prev.Dir}}.
func touchRelated(ctx context.Context, tx *sql.Tx, id string) error {
	var status string
	err := tx.QueryRowContext(ctx, "SELECT status FROM "+prev.Table+" WHERE id = $1 FOR UPDATE", id).Scan(&status)
	if err != nil {
		return fmt.Errorf("related %s: %w", id, err)
	}
	next, err := prev.NextStatus(status, "advance")
	if errors.Is(err, prev.ErrInvalid) {
		return nil // terminal status: nothing to advance
	}
	if err != nil {
		return err
	}
	if _, err := tx.ExecContext(ctx, "UPDATE "+prev.Table+" SET status = $1 WHERE id = $2", next, id); err != nil {
		return fmt.Errorf("advance related %s: %w", id, err)
	}
	return nil
}
{{end}}
func main() {
	var err error
	db, err = store.Open(os.Getenv("DATABASE_URL"))
	if err != nil {
		slog.Error("open store", "err", err)
		os.Exit(1)
	}
	lambda.Start(handle)
}
{{end}}`

const httpmainTmpl = `{{define "httpmain"}}// Command server serves the {{.Plural}} of service {{.Dir}} over HTTP.
package main

import (
	"log"
	"log/slog"
	"net/http"
	"os"
	"time"

	"{{.Module}}/{{.Dir}}/httpapi"
	"{{.Module}}/store"
)

var version = "dev"

func main() {
	st, err := store.Open(os.Getenv("DATABASE_URL"))
	if err != nil {
		log.Fatal(err)
	}
	defer st.Close()
	srv := httpapi.New(st, slog.New(slog.NewJSONHandler(os.Stderr, nil)))
	http.Handle("/", srv.Routes())
	http.HandleFunc("/version", func(w http.ResponseWriter, r *http.Request) {
		w.Write([]byte(version))
	})
	port := os.Getenv("PORT")
	if port == "" {
		port = "8080"
	}
	hs := &http.Server{Addr: ":" + port, ReadHeaderTimeout: 5 * time.Second}
	log.Fatal(hs.ListenAndServe())
}
{{end}}`
