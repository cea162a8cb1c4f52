// Package orders is a library: its functions are handlers only where
// another package registers them.
package orders

import (
	"context"
	"errors"
	"net/http"
	"strings"
)

// Event is a custom payload: a function taking it is a handler only where
// it is registered.
type Event struct {
	ID     string   `json:"id"`
	Status string   `json:"status"`
	Lines  []string `json:"lines"`
	Region string   `json:"region"`
}

// Handle is registered by package main.
func Handle(ctx context.Context, ev Event) error { // want Handle:`size\(statements=14 complexity=16 nesting=3 lines=25\)`
	if ev.ID == "" || ev.Status == "" {
		return errors.New("id and status are required")
	}
	switch ev.Status {
	case "created", "paid":
		if len(ev.Lines) == 0 || ev.Region == "" {
			return errors.New("nothing to ship")
		}
	case "cancelled":
		if ev.Region == "eu" || ev.Region == "uk" || ev.Region == "ch" {
			return refund(ctx, ev.ID)
		}
	case "returned", "lost":
		for _, l := range ev.Lines {
			if strings.HasPrefix(l, "gift") && ev.Region != "" {
				return errors.New("gift lines are not refundable")
			}
		}
	default:
		return errors.New("unknown status " + ev.Status)
	}
	if ctx.Err() != nil || errors.Is(ctx.Err(), context.Canceled) {
		return ctx.Err()
	}
	return nil
}

func refund(ctx context.Context, id string) error { return nil }

// Service processes order events.
type Service struct {
	Regions map[string][]string
}

// Process is registered as a method value by package main.
func (s *Service) Process(ctx context.Context, ev Event) error { // want Process:`size\(statements=6 complexity=6 nesting=4 lines=10\)`
	for region, zones := range s.Regions {
		if region == ev.Region {
			for _, z := range zones {
				if strings.HasPrefix(z, ev.Region) && z != "" {
					return nil
				}
			}
		}
	}
	return errors.New("unknown region")
}

// Small stays under every limit: no fact.
func Small(ctx context.Context, ev Event) error {
	if ev.ID == "" {
		return errors.New("id is required")
	}
	return nil
}

// Status has the net/http signature: it is a handler in this package and
// reported here, not where main registers it.
func Status(w http.ResponseWriter, r *http.Request) { // want `handler Status nests control statements 5 deep \(max 4\)`
	for _, id := range r.URL.Query()["id"] {
		if id != "" {
			for _, part := range strings.Split(id, "-") {
				if part != "" {
					for range 2 {
						w.Write([]byte(part))
					}
				}
			}
		}
	}
}

// deep is unexported: no other package can register it, so no fact.
func deep(ev Event) int {
	n := 0
	for _, a := range ev.Lines {
		for _, b := range a {
			for range b {
				for range 2 {
					if n++; n > 100 {
						return n
					}
				}
			}
		}
	}
	return n
}
