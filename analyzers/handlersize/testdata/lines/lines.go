// Package main serves a sales report; its handler holds its query and the
// shape of its answer inline: many lines, few statements.
package main

import (
	"database/sql"
	"encoding/json"
	"net/http"
)

var db *sql.DB

type row struct {
	Region, Product           string
	Units                     int
	Revenue, Refunds, Margin  float64
	FirstSale, LastSale, Rank string
}

func salesReport(w http.ResponseWriter, r *http.Request) { // want `handler salesReport has 83 lines of code \(max 80\); move steps into helpers`
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
			"currency":   "EUR",
			"source":     "sales-db",
			"generator":  "reports/sales",
			"timezone":   "UTC",
			"rounding":   "half-even",
			"refundable": true,
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
	http.HandleFunc("GET /reports/sales", salesReport)
	_ = http.ListenAndServe(":8080", nil)
}
