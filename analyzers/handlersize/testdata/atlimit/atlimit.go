// Package main has handlers exactly at each default limit: none is
// reported.
package main

import (
	"context"
	"database/sql"
	"encoding/json"
	"net/http"
	"strconv"
	"strings"
	"time"

	"github.com/fnlint/fnlint/fn"
)

type profile struct {
	ID, Name, Email, Phone       string
	Street, City, Zip, Country   string
	Locale, Timezone, Currency   string
	Company, Title, Website, Bio string
	Newsletter, Public           bool
	Age                          int
	UpdatedAt                    time.Time
}

var db *sql.DB

type row struct {
	Region, Product           string
	Units                     int
	Revenue, Refunds, Margin  float64
	FirstSale, LastSale, Rank string
}

type booking struct {
	Room   string    `json:"room"`
	Start  time.Time `json:"start"`
	End    time.Time `json:"end"`
	Guests []string  `json:"guests"`
	Kind   string    `json:"kind"`
}

// book has cyclomatic complexity 15.
func book(w http.ResponseWriter, r *http.Request) {
	if r.Method != http.MethodPost {
		http.Error(w, "method not allowed", http.StatusMethodNotAllowed)
		return
	}
	var b booking
	if err := json.NewDecoder(r.Body).Decode(&b); err != nil {
		http.Error(w, "invalid JSON", http.StatusBadRequest)
		return
	}
	if b.Room == "" || b.Start.IsZero() || b.End.IsZero() || !b.End.After(b.Start) {
		http.Error(w, "room, start and end are required", http.StatusBadRequest)
		return
	}
	switch b.Kind {
	case "meeting", "call":
	case "workshop":
		if len(b.Guests) < 2 {
			http.Error(w, "a workshop needs guests", http.StatusBadRequest)
			return
		}
	default:
		http.Error(w, "unknown kind", http.StatusBadRequest)
		return
	}
	for _, g := range b.Guests {
		if !strings.Contains(g, "@") || strings.HasSuffix(g, "@") {
			http.Error(w, "invalid guest "+g, http.StatusBadRequest)
			return
		}
	}
	if len(b.Guests) > 50 && b.Kind != "workshop" {
		http.Error(w, "too many guests", http.StatusBadRequest)
		return
	}
	w.WriteHeader(http.StatusCreated)
}

// tags nests control statements 4 deep.
func tags(w http.ResponseWriter, r *http.Request) {
	for key, values := range r.URL.Query() {
		if strings.HasPrefix(key, "tag.") {
			for _, v := range values {
				if v != "" {
					w.Write([]byte(key + "=" + v + "\n"))
				}
			}
		}
	}
}

// cacheHeaders is a response function at the response limits: complexity
// 8, nesting 3.
func cacheHeaders(ctx context.Context, ev *fn.Event, resp *fn.Response) (*fn.Response, error) {
	if resp == nil || ev == nil {
		return resp, nil
	}
	for _, rule := range []string{"public", "private"} {
		if rule != "" && ctx.Err() == nil {
			switch rule {
			case "private":
				return resp, nil
			case "no-store":
				return resp, nil
			}
		}
	}
	return resp, nil
}

// updateProfile has 50 statements.
func updateProfile(w http.ResponseWriter, r *http.Request) {
	if err := r.ParseForm(); err != nil {
		http.Error(w, "invalid form", http.StatusBadRequest)
		return
	}
	var p profile
	p.ID = r.PathValue("id")
	p.Name = strings.TrimSpace(r.FormValue("name"))
	p.Email = strings.ToLower(strings.TrimSpace(r.FormValue("email")))
	p.Phone = strings.ReplaceAll(r.FormValue("phone"), " ", "")
	p.Street = strings.TrimSpace(r.FormValue("street"))
	p.City = strings.TrimSpace(r.FormValue("city"))
	p.Zip = strings.ToUpper(strings.TrimSpace(r.FormValue("zip")))
	p.Country = strings.ToUpper(r.FormValue("country"))
	p.Locale = r.FormValue("locale")
	p.Timezone = r.FormValue("timezone")
	p.Currency = strings.ToUpper(r.FormValue("currency"))
	p.Company = strings.TrimSpace(r.FormValue("company"))
	p.Title = strings.TrimSpace(r.FormValue("title"))
	p.Website = strings.TrimSpace(r.FormValue("website"))
	p.Bio = strings.TrimSpace(r.FormValue("bio"))
	p.Newsletter = r.FormValue("newsletter") == "on"
	p.Public = r.FormValue("public") == "on"
	age, err := strconv.Atoi(r.FormValue("age"))
	if err != nil {
		http.Error(w, "invalid age", http.StatusBadRequest)
		return
	}
	p.Age = age
	p.UpdatedAt = time.Now().UTC()
	if p.Locale == "" {
		p.Locale = "en-US"
	}
	if p.Timezone == "" {
		p.Timezone = "UTC"
	}
	if p.Currency == "" {
		p.Currency = "USD"
	}
	loc, err := time.LoadLocation(p.Timezone)
	if err != nil {
		http.Error(w, "invalid timezone", http.StatusBadRequest)
		return
	}
	local := p.UpdatedAt.In(loc)
	summary := map[string]any{}
	summary["id"] = p.ID
	summary["updatedAt"] = local.Format(time.RFC3339)
	etag := strconv.FormatInt(p.UpdatedAt.UnixNano(), 36)
	w.Header().Set("Content-Type", "application/json")
	w.Header().Set("Cache-Control", "no-store")
	w.Header().Set("ETag", `"`+etag+`"`)
	w.Header().Set("Content-Language", p.Locale)
	w.WriteHeader(http.StatusOK)
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	_ = enc.Encode(summary)
}

// salesReport has 80 lines of code.
func salesReport(w http.ResponseWriter, r *http.Request) {
	const query = `
		WITH sales AS (
			SELECT
				s.region,
				p.name AS product,
				SUM(s.units) AS units,
				SUM(s.amount) AS revenue,
				COALESCE(SUM(rf.amount), 0) AS refunds,
				MIN(s.sold_at) AS first_sale,
				MAX(s.sold_at) AS last_sale
			FROM sales s
			JOIN products p ON p.id = s.product_id
			LEFT JOIN refunds rf ON rf.sale_id = s.id
			LEFT JOIN regions rg ON rg.code = s.region
			WHERE s.sold_at >= $1
			  AND rg.active
			  AND s.sold_at < $2
			  AND ($3 = '' OR s.region = $3)
			GROUP BY s.region, p.name
		)
		SELECT
			region,
			product,
			units,
			revenue,
			refunds,
			(revenue - refunds) / NULLIF(revenue, 0) AS margin,
			to_char(first_sale, 'YYYY-MM-DD'),
			to_char(last_sale, 'YYYY-MM-DD'),
			RANK() OVER (PARTITION BY region ORDER BY revenue DESC)::text
		FROM sales
		ORDER BY region, revenue DESC`
	q := r.URL.Query()
	rows, err := db.QueryContext(r.Context(), query, q.Get("from"), q.Get("to"), q.Get("region"))
	if err != nil {
		http.Error(w, "report unavailable", http.StatusInternalServerError)
		return
	}
	defer rows.Close()
	var report []row
	for rows.Next() {
		var x row
		if err := rows.Scan(&x.Region, &x.Product, &x.Units, &x.Revenue, &x.Refunds,
			&x.Margin, &x.FirstSale, &x.LastSale, &x.Rank); err != nil {
			http.Error(w, "report unavailable", http.StatusInternalServerError)
			return
		}
		report = append(report, x)
	}
	out := map[string]any{
		"filters": map[string]string{
			"from":   q.Get("from"),
			"to":     q.Get("to"),
			"region": q.Get("region"),
		},
		"columns": []map[string]string{
			{"key": "region", "label": "Region", "type": "string"},
			{"key": "product", "label": "Product", "type": "string"},
			{"key": "units", "label": "Units", "type": "integer"},
			{"key": "revenue", "label": "Revenue", "type": "currency"},
			{"key": "refunds", "label": "Refunds", "type": "currency"},
			{"key": "margin", "label": "Margin", "type": "percent"},
			{"key": "firstSale", "label": "First sale", "type": "date"},
			{"key": "lastSale", "label": "Last sale", "type": "date"},
			{"key": "rank", "label": "Rank", "type": "integer"},
		},
		"rows":  report,
		"count": len(report),
		"meta": map[string]any{
			"currency":  "EUR",
			"source":    "sales-db",
			"generator": "reports/sales",
			"links": map[string]string{
				"csv":  r.URL.Path + ".csv",
				"docs": "/docs/reports/sales",
			},
		},
	}
	w.Header().Set("Content-Type", "application/json")
	_ = json.NewEncoder(w).Encode(out)
}

func main() {
	_ = fn.ResponseFunc(cacheHeaders)
	http.HandleFunc("PUT /profiles/{id}", updateProfile)
	http.HandleFunc("GET /reports/sales", salesReport)
	http.HandleFunc("POST /bookings", book)
	http.HandleFunc("GET /tags", tags)
	_ = http.ListenAndServe(":8080", nil)
}
