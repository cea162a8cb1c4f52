// Package httpsafe is a net/http function on database/sql whose queries
// look built but hold only constants, numbers and allow-listed values.
package httpsafe

import (
	"database/sql"
	"fmt"
	"net/http"
	"slices"
	"strconv"
	"strings"
	"time"
)

var db *sql.DB

const usersTable = "users"

// listUsers is a package variable set once, to a constant fold.
var listUsers = "SELECT id, name FROM " + usersTable + " WHERE deleted_at IS NULL"

// List pages with integers formatted into the query.
func List(w http.ResponseWriter, r *http.Request) {
	limit, err := strconv.Atoi(r.URL.Query().Get("limit"))
	if err != nil {
		limit = 20
	}
	page, _ := strconv.ParseInt(r.URL.Query().Get("page"), 10, 64)
	q := fmt.Sprintf("%s LIMIT %d OFFSET %s", listUsers, limit, strconv.FormatInt(page*int64(limit), 10))
	rows, err := db.QueryContext(r.Context(), q)
	if err == nil {
		rows.Close()
	}
	q2 := listUsers + " LIMIT " + strconv.Itoa(limit)
	rows, err = db.QueryContext(r.Context(), q2)
	if err == nil {
		rows.Close()
	}
	_, _ = db.ExecContext(r.Context(), fmt.Sprintf("UPDATE stats SET pages = pages + %s", page)) // %s of an integer
}

// ByIDs builds a placeholder list for the ids.
func ByIDs(w http.ResponseWriter, r *http.Request) {
	ids := r.URL.Query()["id"]
	args := make([]any, len(ids))
	marks := make([]string, len(ids))
	for i, id := range ids {
		args[i] = id
		marks[i] = fmt.Sprintf("$%d", i+1)
	}
	q := "SELECT id FROM users WHERE id IN (" + strings.Join(marks, ",") + ")"
	rows, err := db.QueryContext(r.Context(), q, args...)
	if err == nil {
		rows.Close()
	}
	q = "SELECT id FROM users WHERE id IN (" + strings.TrimSuffix(strings.Repeat("?,", len(ids)), ",") + ")"
	rows, err = db.QueryContext(r.Context(), q, args...)
	if err == nil {
		rows.Close()
	}
	var qs []string
	for range ids {
		qs = append(qs, "?")
	}
	rows, err = db.QueryContext(r.Context(), "SELECT id FROM users WHERE id IN ("+strings.Join(qs, ", ")+")", args...)
	if err == nil {
		rows.Close()
	}
}

// Sorted chooses the column with a switch and the direction from a map.
func Sorted(w http.ResponseWriter, r *http.Request) {
	col := "created_at"
	switch r.URL.Query().Get("sort") {
	case "name":
		col = "name"
	case "email":
		col = "email"
	}
	dirs := map[string]string{"asc": "ASC", "desc": "DESC"}
	dir, ok := dirs[r.URL.Query().Get("dir")]
	if !ok {
		dir = "ASC"
	}
	rows, err := db.QueryContext(r.Context(), "SELECT id FROM users ORDER BY "+col+" "+dir)
	if err == nil {
		rows.Close()
	}
}

// sortable are the columns a client may sort on.
var sortable = map[string]bool{"name": true, "email": true, "created_at": true}

// Checked uses the raw value after checking it against constants.
func Checked(w http.ResponseWriter, r *http.Request) {
	sort := r.URL.Query().Get("sort")
	if !sortable[sort] {
		http.Error(w, "bad sort", http.StatusBadRequest)
		return
	}
	order := r.URL.Query().Get("order")
	switch order {
	case "asc", "desc":
	default:
		http.Error(w, "bad order", http.StatusBadRequest)
		return
	}
	group := r.URL.Query().Get("group")
	if !slices.Contains([]string{"day", "week"}, group) {
		group = "day"
	}
	q := fmt.Sprintf("SELECT date_trunc('%s', created_at), count(*) FROM users GROUP BY 1 ORDER BY %s %s", group, sort, order)
	rows, err := db.QueryContext(r.Context(), q)
	if err == nil {
		rows.Close()
	}
}

// Since formats a time with a constant layout.
func Since(w http.ResponseWriter, r *http.Request) {
	since := time.Now().Add(-24 * time.Hour)
	q := "SELECT id FROM events WHERE at > '" + since.Format(time.RFC3339) + "'"
	q += fmt.Sprintf(" AND at < '%s'", time.Now())
	rows, err := db.QueryContext(r.Context(), q)
	if err == nil {
		rows.Close()
	}
}

// Args passes the values as arguments: the normal case.
func Args(w http.ResponseWriter, r *http.Request) {
	name := r.URL.Query().Get("name")
	row := db.QueryRowContext(r.Context(), "SELECT id FROM users WHERE name = $1", name)
	var id int
	_ = row.Scan(&id)
}
