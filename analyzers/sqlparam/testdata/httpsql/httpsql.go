// Package httpsql is a net/http function on database/sql that builds
// queries from the request in every way sqlparam follows.
package httpsql

import (
	"bytes"
	"database/sql"
	"fmt"
	"net/http"
	"strings"
)

var db *sql.DB

// Search pastes the search term into the query with fmt.Sprintf.
func Search(w http.ResponseWriter, r *http.Request) {
	name := r.URL.Query().Get("name")
	q := fmt.Sprintf("SELECT id, name FROM users WHERE name = '%s'", name)
	rows, err := db.QueryContext(r.Context(), q) // want `query built from request input \(Values.Get\) reaches sql.\(\*DB\).QueryContext; pass values as query arguments`
	if err != nil {
		http.Error(w, "internal error", http.StatusInternalServerError)
		return
	}
	defer rows.Close()
}

// Delete concatenates a form value.
func Delete(w http.ResponseWriter, r *http.Request) {
	id := r.FormValue("id")
	if _, err := db.ExecContext(r.Context(), "DELETE FROM users WHERE id = "+id); err != nil { // want `query built from request input \(Request.FormValue\) reaches sql.\(\*DB\).ExecContext`
		http.Error(w, "internal error", http.StatusInternalServerError)
	}
}

// Filter grows the query with += on one path only.
func Filter(w http.ResponseWriter, r *http.Request) {
	q := "SELECT id FROM orders WHERE 1 = 1"
	if status := r.URL.Query().Get("status"); status != "" {
		q += " AND status = '" + status + "'"
	}
	row := db.QueryRowContext(r.Context(), q) // want `query built from request input`
	var id int
	_ = row.Scan(&id)
}

// Report writes the query with a strings.Builder and fmt.Fprintf.
func Report(w http.ResponseWriter, r *http.Request) {
	var b strings.Builder
	b.WriteString("SELECT region, sum(total) FROM sales")
	fmt.Fprintf(&b, " WHERE region = '%s'", r.PathValue("region"))
	b.WriteString(" GROUP BY region")
	rows, err := db.Query(b.String()) // want `query built from request input \(Request.PathValue\) reaches sql.\(\*DB\).Query`
	if err == nil {
		rows.Close()
	}
}

// Tags builds an IN list from the raw values with a bytes.Buffer.
func Tags(w http.ResponseWriter, r *http.Request) {
	var buf bytes.Buffer
	buf.WriteString("SELECT id FROM posts WHERE tag IN ('")
	buf.WriteString(strings.Join(r.URL.Query()["tag"], "','"))
	buf.WriteString("')")
	stmt, err := db.PrepareContext(r.Context(), buf.String()) // want `query built from request input \(URL.Query\) reaches sql.\(\*DB\).PrepareContext`
	if err == nil {
		stmt.Close()
	}
}

// Header runs the query in a closure that captures a header value.
func Header(w http.ResponseWriter, r *http.Request) {
	tenant := r.Header.Get("X-Tenant")
	run := func() error {
		_, err := db.Exec("UPDATE hits SET n = n + 1 WHERE tenant = '" + tenant + "'") // want `query built from request input \(Header.Get\) reaches sql.\(\*DB\).Exec`
		return err
	}
	if err := run(); err != nil {
		http.Error(w, "internal error", http.StatusInternalServerError)
	}
}

// Tx runs the query in a transaction.
func Tx(w http.ResponseWriter, r *http.Request) {
	tx, err := db.BeginTx(r.Context(), nil)
	if err != nil {
		return
	}
	defer tx.Rollback()
	table := r.URL.Query().Get("table")
	if _, err := tx.ExecContext(r.Context(), fmt.Sprintf("TRUNCATE %s", table)); err != nil { // want `reaches sql.\(\*Tx\).ExecContext`
		return
	}
	_ = tx.Commit()
}
