// Package regexps compiles constant patterns in net/http handlers and the
// helpers they call.
package regexps

import (
	"net/http"
	"regexp"
	"strings"
)

const slugPattern = `^[a-z0-9]+(-[a-z0-9]+)*$`

// Slug answers whether the path names a valid slug.
func Slug(w http.ResponseWriter, r *http.Request) { // want Slug:`constant regexp\.MustCompile`
	slug := strings.TrimPrefix(r.URL.Path, "/slugs/")
	if !regexp.MustCompile(slugPattern).MatchString(slug) { // want `regexp.MustCompile of a constant runs on every invocation \(Slug\); compile it once in a package-level variable`
		http.Error(w, `{"error":"invalid slug"}`, http.StatusBadRequest)
		return
	}
	w.WriteHeader(http.StatusNoContent)
}

// Email validates the email query parameter through a helper.
func Email(w http.ResponseWriter, r *http.Request) { // want Email:`constant regexp\.MatchString via validEmail`
	if !validEmail(r.URL.Query().Get("email")) {
		http.Error(w, `{"error":"invalid email"}`, http.StatusBadRequest)
		return
	}
	w.WriteHeader(http.StatusNoContent)
}

func validEmail(s string) bool { // want validEmail:`constant regexp\.MatchString`
	ok, err := regexp.MatchString(`^[^@\s]+@[^@\s]+\.[a-z]{2,}$`, s) // want `regexp.MatchString of a constant runs on every invocation \(Email → validEmail\); compile the pattern once in a package-level variable`
	return err == nil && ok
}

// Phone compiles a POSIX pattern with its error.
func Phone(w http.ResponseWriter, r *http.Request) { // want Phone:`constant regexp\.CompilePOSIX`
	re, err := regexp.CompilePOSIX(`^\+[0-9]{8,15}$`) // want `regexp.CompilePOSIX of a constant runs on every invocation \(Phone\)`
	if err != nil {
		http.Error(w, err.Error(), http.StatusInternalServerError)
		return
	}
	if !re.MatchString(r.FormValue("phone")) {
		http.Error(w, `{"error":"invalid phone"}`, http.StatusBadRequest)
	}
}
