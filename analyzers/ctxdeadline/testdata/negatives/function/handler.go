// Package function is the classic OpenFaaS template: a process per
// request, so nothing here is reported.
package function

import (
	"database/sql"
	"net/http"
	"time"
)

var db *sql.DB

// Handle answers a request.
func Handle(req []byte) string { // want Handle:`nocontext: \(\*sql.DB\).QueryRow ignores the handler's deadline`
	var name string
	_ = db.QueryRow(`SELECT name FROM users WHERE id = $1`, string(req)).Scan(&name)
	if resp, err := http.Get("https://example.com/" + name); err == nil {
		resp.Body.Close()
	}
	time.Sleep(10 * time.Millisecond)
	return name
}
