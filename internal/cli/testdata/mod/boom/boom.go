// Package boom makes the test analyzer "boom" panic.
package boom

import "example.com/mod/web"

// Handle is reported by the other test analyzers.
func Handle(w web.ResponseWriter, r *web.Request) {}
