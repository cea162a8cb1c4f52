// Package webhook is an example webhook receiver on the fn runtime: a
// payment provider posts signed events, which are verified, validated and
// stored once in an inbox table for later processing.
//
// The signature is an HMAC-SHA256 of "timestamp.body" under a shared
// secret, sent as "Webhook-Signature: t=<unix seconds>,v1=<hex>" (several
// v1 values during a secret rotation). Old timestamps are refused, so a
// captured request cannot be replayed later; a duplicate delivery is
// acknowledged without being stored twice.
package webhook

import (
	"context"
	"crypto/hmac"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"net/http"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/jackc/pgx/v5/pgxpool"

	"github.com/fnlint/fnlint/fn"
	"github.com/fnlint/fnlint/fn/ratelimit"
)

// Schema creates the inbox table.
const Schema = `
CREATE TABLE IF NOT EXISTS webhook_events (
	id          text PRIMARY KEY,
	type        text NOT NULL,
	data        jsonb NOT NULL,
	received_at timestamptz NOT NULL DEFAULT now()
);
`

// MaxBodyBytes is the size limit of webhook bodies.
const MaxBodyBytes = 64 << 10

// Tolerance is how far a signature's timestamp may be from now.
const Tolerance = 5 * time.Minute

// types are the event types the receiver accepts.
var types = []string{"payment.succeeded", "payment.failed", "refund.created"}

// Event is a webhook event.
type Event struct {
	ID   string          `json:"id"`
	Type string          `json:"type"`
	Data json.RawMessage `json:"data"`
}

// Validate implements fn.Validator.
func (e *Event) Validate() error {
	var v fn.Validation
	v.Check(e.ID != "" && len(e.ID) <= 100 && strings.Trim(e.ID, "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_-") == "",
		"id", "must be 1 to 100 letters, digits, - or _")
	v.Check(slices.Contains(types, e.Type), "type", "must be one of "+strings.Join(types, ", "))
	var obj map[string]json.RawMessage
	v.Check(json.Unmarshal(e.Data, &obj) == nil && obj != nil, "data", "must be an object")
	return v.Err()
}

// An Inbox stores events once.
type Inbox interface {
	// Save stores e and tells whether it is new.
	Save(ctx context.Context, e Event) (bool, error)
}

// PGInbox is an Inbox in the webhook_events table.
type PGInbox struct {
	db *pgxpool.Pool
}

// NewPGInbox returns an inbox over db, a pool created at cold start.
func NewPGInbox(db *pgxpool.Pool) *PGInbox { return &PGInbox{db: db} }

// Save implements Inbox.
func (in *PGInbox) Save(ctx context.Context, e Event) (bool, error) {
	tag, err := in.db.Exec(ctx, "INSERT INTO webhook_events (id, type, data) VALUES ($1, $2, $3) ON CONFLICT (id) DO NOTHING",
		e.ID, e.Type, string(e.Data))
	if err != nil {
		return false, fmt.Errorf("save webhook event: %w", err)
	}
	return tag.RowsAffected() == 1, nil
}

// Receiver receives webhooks.
type Receiver struct {
	secret []byte
	inbox  Inbox
}

// New returns a receiver verifying signatures with secret, at least 32
// bytes, and storing events in inbox.
func New(secret []byte, inbox Inbox) (*Receiver, error) {
	if len(secret) < 32 {
		return nil, errors.New("webhook: the secret must be at least 32 bytes")
	}
	return &Receiver{secret: secret, inbox: inbox}, nil
}

// Routes returns the request function to register, limited per client
// address by lim.
func (rc *Receiver) Routes(lim *ratelimit.Limiter) fn.RequestFunc {
	r := fn.NewRouter()
	r.Handle("POST /webhooks/payments", lim.Limit(ratelimit.BySourceIP, rc.Receive))
	return r.Serve
}

// Receive answers POST /webhooks/payments: 202 for a new event, 200 for a
// duplicate.
func (rc *Receiver) Receive(ctx context.Context, ev *fn.Event) (*fn.Response, error) {
	if err := Verify(rc.secret, ev.Header.Get("Webhook-Signature"), ev.Body, time.Now()); err != nil {
		return nil, &fn.Error{Status: http.StatusUnauthorized, Message: "Invalid signature", Err: err}
	}
	var e Event
	if err := fn.Bind(ev, &e); err != nil {
		return nil, err
	}
	isNew, err := rc.inbox.Save(ctx, e)
	if err != nil {
		return nil, err
	}
	if !isNew {
		return fn.JSON(http.StatusOK, map[string]string{"status": "duplicate"})
	}
	return fn.JSON(http.StatusAccepted, map[string]string{"status": "accepted"})
}

// Sign returns the Webhook-Signature header of body sent at t.
func Sign(secret []byte, t time.Time, body []byte) string {
	ts := strconv.FormatInt(t.Unix(), 10)
	return "t=" + ts + ",v1=" + hex.EncodeToString(mac(secret, ts, body))
}

func mac(secret []byte, ts string, body []byte) []byte {
	m := hmac.New(sha256.New, secret)
	m.Write([]byte(ts))
	m.Write([]byte("."))
	m.Write(body)
	return m.Sum(nil)
}

// Verify checks a Webhook-Signature header against body at time now.
func Verify(secret []byte, header string, body []byte, now time.Time) error {
	var ts string
	var sigs [][]byte
	for part := range strings.SplitSeq(header, ",") {
		k, v, _ := strings.Cut(strings.TrimSpace(part), "=")
		switch k {
		case "t":
			ts = v
		case "v1":
			if sig, err := hex.DecodeString(v); err == nil {
				sigs = append(sigs, sig)
			}
		}
	}
	sec, err := strconv.ParseInt(ts, 10, 64)
	if err != nil || len(sigs) == 0 {
		return errors.New("malformed signature header")
	}
	if d := now.Sub(time.Unix(sec, 0)); d > Tolerance || d < -Tolerance {
		return fmt.Errorf("signature timestamp off by %v", d.Round(time.Second))
	}
	want := mac(secret, ts, body)
	for _, sig := range sigs {
		if hmac.Equal(sig, want) {
			return nil
		}
	}
	return errors.New("no signature matches")
}
