// Package report builds a sales report from query parameters, all inside
// its handler.
package report

import (
	"encoding/csv"
	"encoding/json"
	"fmt"
	"net/http"
	"sort"
	"strconv"
	"strings"
	"time"
)

type sale struct {
	Region string
	Day    time.Time
	Amount float64
	Units  int
}

var sales = []sale{
	{"north", time.Date(2025, 1, 3, 0, 0, 0, 0, time.UTC), 120.5, 3},
	{"south", time.Date(2025, 1, 4, 0, 0, 0, 0, time.UTC), 80, 2},
	{"north", time.Date(2025, 2, 1, 0, 0, 0, 0, time.UTC), 42.25, 1},
}

// Handle answers GET /report?from=2025-01-01&to=2025-02-01&region=north&format=csv.
func Handle(w http.ResponseWriter, r *http.Request) {
	q := r.URL.Query()
	from, to := time.Time{}, time.Now()
	var err error
	if s := q.Get("from"); s != "" {
		from, err = time.Parse(time.DateOnly, s)
		if err != nil {
			http.Error(w, "bad from date", http.StatusBadRequest)
			return
		}
	}
	if s := q.Get("to"); s != "" {
		to, err = time.Parse(time.DateOnly, s)
		if err != nil {
			http.Error(w, "bad to date", http.StatusBadRequest)
			return
		}
	}
	if to.Before(from) {
		http.Error(w, "to is before from", http.StatusBadRequest)
		return
	}
	regions := map[string]bool{}
	for _, reg := range strings.Split(q.Get("region"), ",") {
		if reg = strings.TrimSpace(reg); reg != "" {
			regions[strings.ToLower(reg)] = true
		}
	}
	limit := 100
	if s := q.Get("limit"); s != "" {
		n, err := strconv.Atoi(s)
		if err != nil || n <= 0 || n > 1000 {
			http.Error(w, "limit must be between 1 and 1000", http.StatusBadRequest)
			return
		}
		limit = n
	}
	totals := map[string]float64{}
	units := map[string]int{}
	count := 0
	for _, s := range sales {
		if s.Day.Before(from) || !s.Day.Before(to) {
			continue
		}
		if len(regions) > 0 && !regions[s.Region] {
			continue
		}
		if count == limit {
			break
		}
		totals[s.Region] += s.Amount
		units[s.Region] += s.Units
		count++
	}
	names := make([]string, 0, len(totals))
	for name := range totals {
		names = append(names, name)
	}
	sort.Strings(names)
	switch q.Get("format") {
	case "csv":
		w.Header().Set("Content-Type", "text/csv")
		cw := csv.NewWriter(w)
		cw.Write([]string{"region", "amount", "units"})
		for _, name := range names {
			cw.Write([]string{name, fmt.Sprintf("%.2f", totals[name]), strconv.Itoa(units[name])})
		}
		cw.Flush()
	case "", "json":
		type row struct {
			Region string  `json:"region"`
			Amount float64 `json:"amount"`
			Units  int     `json:"units"`
		}
		rows := make([]row, 0, len(names))
		for _, name := range names {
			rows = append(rows, row{name, totals[name], units[name]})
		}
		w.Header().Set("Content-Type", "application/json")
		json.NewEncoder(w).Encode(map[string]any{"from": from, "to": to, "rows": rows, "count": count})
	default:
		http.Error(w, "format must be csv or json", http.StatusBadRequest)
	}
}
