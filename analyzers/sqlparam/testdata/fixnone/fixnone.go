// Package fixnone uses database/sql with no driver in sight: no fix.
package fixnone

import (
	"database/sql"
	"fmt"
	"net/http"
)

// DB is opened elsewhere.
var DB *sql.DB

// Lookup finds a user by email.
func Lookup(w http.ResponseWriter, r *http.Request) {
	email := r.FormValue("email")
	row := DB.QueryRowContext(r.Context(), fmt.Sprintf("SELECT id FROM users WHERE email = '%s'", email)) // want `query built from request input`
	var id int
	_ = row.Scan(&id)
}
