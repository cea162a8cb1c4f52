// Package nofix holds findings whose fix would not be safe: no fix is
// offered (the golden file is the source unchanged).
package nofix

import (
	"net/http"
	"regexp"
)

// Local uses a pattern constant declared in the function.
func Local(w http.ResponseWriter, r *http.Request) { // want Local:`constant regexp\.MustCompile`
	const pattern = `^[a-z]+$`
	re := regexp.MustCompile(pattern) // want `regexp.MustCompile of a constant runs on every invocation \(Local\)`
	_, _ = w.Write([]byte(re.String()))
}

// ErrUsed compiles with an error that is used after its check.
func ErrUsed(w http.ResponseWriter, r *http.Request) { // want ErrUsed:`constant regexp\.Compile`
	re, err := regexp.Compile(`^[0-9]+$`) // want `regexp.Compile of a constant runs on every invocation \(ErrUsed\)`
	if err != nil {
		return
	}
	_, _ = w.Write([]byte(re.String() + fmt(err)))
}

func fmt(err error) string {
	if err == nil {
		return ""
	}
	return err.Error()
}

// Invalid compiles a pattern that does not compile: moving it to package
// level would crash every cold start.
func Invalid(w http.ResponseWriter, r *http.Request) { // want Invalid:`constant regexp\.Compile`
	re, err := regexp.Compile(`^[a-z+$`) // want `regexp.Compile of a constant runs on every invocation \(Invalid\)`
	if err != nil {
		http.Error(w, err.Error(), http.StatusInternalServerError)
		return
	}
	_, _ = w.Write([]byte(re.String()))
}

// Reassigned assigns the variable again: it cannot become a package
// variable, and a compiled pattern with an error cannot be replaced by one.
func Reassigned(w http.ResponseWriter, r *http.Request) { // want Reassigned:`constant regexp\.Compile`
	re, err := regexp.Compile(`^a$`) // want `regexp.Compile of a constant runs on every invocation \(Reassigned\)`
	if err != nil {
		return
	}
	if r.FormValue("b") != "" {
		re = regexp.MustCompile(`^b$`) // want `regexp.MustCompile of a constant runs on every invocation \(Reassigned\)`
	}
	_, _ = w.Write([]byte(re.String()))
}
