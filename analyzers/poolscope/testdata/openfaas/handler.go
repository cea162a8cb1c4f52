// Package function is an OpenFaaS classic template handler: a process per
// request, so per-invocation creation is the only kind there is.
package function

import (
	"database/sql"
	"os"
)

// Handle answers one request.
func Handle(req []byte) string { // want Handle:`creates sql.Open`
	db, err := sql.Open("postgres", os.Getenv("DATABASE_URL"))
	if err != nil {
		return err.Error()
	}
	defer db.Close()
	return "ok"
}
