// Package grows appends to package slices and inserts into package maps
// on every invocation, trimmed or not.
package main

import (
	"net/http"
	"sync"
	"time"
)

type sample struct {
	At       time.Time
	Duration time.Duration
}

var (
	latencies []sample
	perMinute = map[string]int{}
	recent    []time.Time
	hourly    = map[string]int{}
	buckets   = map[string]int{}
	perStatus = map[int]int{}
	mu        sync.Mutex
)

// Metrics records latencies in package variables.
func Metrics(w http.ResponseWriter, r *http.Request) {
	start := time.Now()
	defer func() {
		latencies = append(latencies, sample{At: start, Duration: time.Since(start)}) // want `package variable latencies grows on every invocation and is never trimmed \(Metrics → Metrics.func1\); bound it`
	}()
	perMinute[start.Format("15:04")]++ // want `package variable perMinute grows on every invocation and is never trimmed`
	w.WriteHeader(http.StatusNoContent)
}

// Trimmed keeps bounded state: a window resliced on every append, a map
// emptied by a janitor, a map checked against a size, a map with
// constant keys. The unguarded writes are still races.
func Trimmed(w http.ResponseWriter, r *http.Request) {
	now := time.Now()
	recent = append(recent, now) // want `package variable recent is written on every invocation without synchronisation, a data race`
	if len(recent) > 100 {
		recent = recent[len(recent)-100:] // want `package variable recent is written`
	}
	mu.Lock()
	hourly[now.Format("15")]++
	if len(buckets) < 1000 {
		buckets[now.Format("15:04:05")]++
	}
	perStatus[http.StatusOK]++
	mu.Unlock()
	w.WriteHeader(http.StatusNoContent)
}

// janitor empties hourly; started from main, it is init scope.
func janitor() {
	for range time.Tick(time.Hour) {
		mu.Lock()
		clear(hourly)
		mu.Unlock()
	}
}

func main() {
	go janitor()
	http.HandleFunc("/metrics", Metrics)
	http.HandleFunc("/trimmed", Trimmed)
	_ = http.ListenAndServe(":8080", nil)
}
