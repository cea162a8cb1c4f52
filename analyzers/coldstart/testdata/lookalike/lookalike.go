// Package lookalike calls the functions coldstart knows with values that
// are not Go constants, or calls what only looks like them: nothing is
// reported.
package lookalike

import (
	"crypto/x509"
	"encoding/json"
	"net/http"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"text/template"
)

// pattern is a variable: it could change, the check does not guess.
var pattern = `^[a-z]+$`

var pairs = []string{"&", "&amp;", "<", "&lt;"}

type config struct {
	Greeting string `json:"greeting"`
}

// Handle uses values of the instance and of the request.
func Handle(w http.ResponseWriter, r *http.Request) {
	re := regexp.MustCompile(pattern)
	esc := strings.NewReplacer(pairs...)
	t := template.New("page").Funcs(template.FuncMap{"upper": strings.ToUpper}) // no parsing
	data, _ := os.ReadFile(filepath.Join(os.Getenv("LAMBDA_TASK_ROOT"), "config.json"))
	var c config
	_ = json.Unmarshal([]byte(`{"greeting":"hello"}`), &c) // not a kind of work the check knows
	if cert, err := x509.ParseCertificate([]byte(r.Header.Get("X-Client-Cert"))); err == nil {
		_, _ = w.Write([]byte(cert.Subject.CommonName))
	}
	quoted := regexp.QuoteMeta(r.URL.Query().Get("q")) // no compilation
	_, _ = w.Write([]byte(esc.Replace(re.String() + t.Name() + string(data) + c.Greeting + quoted)))
}
