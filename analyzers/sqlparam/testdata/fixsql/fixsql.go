// Package fixsql opens a MySQL database: its placeholders are ?.
package fixsql

import (
	"database/sql"
	"fmt"
	"net/http"
)

var db, _ = sql.Open("mysql", "user@/app")

// Lookup finds a user by email.
func Lookup(w http.ResponseWriter, r *http.Request) {
	email := r.FormValue("email")
	row := db.QueryRowContext(r.Context(), fmt.Sprintf("SELECT id FROM users WHERE email = '%s'", email)) // want `query built from request input`
	var id int
	_ = row.Scan(&id)
}
