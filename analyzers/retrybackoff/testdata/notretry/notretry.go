// Package notretry holds loops that call something failing and are not
// retries: pagination, collections, polling for a state, loops that stop
// at the first error.
package notretry

import (
	"context"
	"errors"
	"log"
	"time"
)

type page struct {
	Items []string
	Next  string
}

type lister interface {
	List(ctx context.Context, token string) (page, error)
	Status(ctx context.Context, id string) (string, error)
	Delete(ctx context.Context, id string) error
}

// all pages through a listing.
func all(ctx context.Context, l lister) ([]string, error) {
	var items []string
	token := ""
	for {
		p, err := l.List(ctx, token)
		if err != nil {
			return nil, err
		}
		items = append(items, p.Items...)
		if p.Next == "" {
			break
		}
		token = p.Next
	}
	return items, nil
}

// deleteAll goes over a collection and logs failures.
func deleteAll(ctx context.Context, l lister, ids []string) {
	for _, id := range ids {
		if err := l.Delete(ctx, id); err != nil {
			log.Printf("delete %s: %v", id, err)
			continue
		}
	}
}

// deleteEach goes over a collection by index.
func deleteEach(ctx context.Context, l lister, ids []string) error {
	for i := 0; i < len(ids); i++ {
		if err := l.Delete(ctx, ids[i]); err != nil {
			return err
		}
	}
	return nil
}

// waitDone polls for a state, stopping on errors and at a deadline.
func waitDone(ctx context.Context, l lister, id string) error {
	for {
		st, err := l.Status(ctx, id)
		if err != nil {
			return err
		}
		if st == "done" {
			return nil
		}
		select {
		case <-ctx.Done():
			return ctx.Err()
		case <-time.After(time.Second):
		}
	}
}

// drain checks the context, which is not an operation to retry.
func drain(ctx context.Context, work chan string) error {
	for {
		if err := ctx.Err(); err != nil {
			return err
		}
		select {
		case w, ok := <-work:
			if !ok {
				return errors.New("closed")
			}
			log.Print(w)
		case <-ctx.Done():
		}
	}
}
