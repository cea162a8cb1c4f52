// Package generics writes package state through generic helpers.
package main

import (
	"net/http"
	"time"
)

type ring[T any] struct {
	items []T
	next  int
}

func (r *ring[T]) put(v T) {
	r.items[r.next] = v
	r.next = (r.next + 1) % len(r.items)
}

var (
	events  []any
	window  = &ring[time.Time]{items: make([]time.Time, 64)}
	lastVal any
)

func record[T any](v T) {
	events = append(events, v) // want `request data is kept in package variable events`
}

func keep[T any](v T) {
	lastVal = v // want `package variable lastVal is written on every invocation without synchronisation`
}

// Handle records the path and the time.
func Handle(w http.ResponseWriter, r *http.Request) {
	record(r.URL.Path)
	keep(time.Now())
	window.put(time.Now())
}

func main() {}
