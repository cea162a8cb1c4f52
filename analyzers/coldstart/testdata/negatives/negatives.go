// Package negatives does constant work once per cold start, and per
// invocation only work that depends on the request.
package negatives

import (
	"context"
	"crypto/x509"
	"encoding/pem"
	"net/http"
	"os"
	"regexp"
	"strings"
	"sync"
	"text/template"

	"github.com/fnlint/fnlint/fn"
)

var (
	idRE     = regexp.MustCompile(`^[0-9]+$`)
	greeting = template.Must(template.New("greeting").Parse("Hello {{.}}\n"))
	unquote  = strings.NewReplacer(`\"`, `"`)
	caOnce   sync.Once
	caPool   *x509.CertPool
	terms    = sync.OnceValue(func() []byte {
		b, _ := os.ReadFile("terms.txt")
		return b
	})
	tagRE = sync.OnceValues(func() (*regexp.Regexp, error) {
		return regexp.Compile(`^#[a-z]+$`)
	})
)

var localeRE *regexp.Regexp

func init() { // want init:`constant regexp\.MustCompile`
	localeRE = regexp.MustCompile(`^[a-z]{2}-[A-Z]{2}$`)
}

// Greet uses the templates and patterns compiled at package initialisation.
func Greet(w http.ResponseWriter, r *http.Request) {
	if !idRE.MatchString(r.FormValue("id")) || !localeRE.MatchString(r.FormValue("locale")) {
		http.Error(w, `{"error":"invalid"}`, http.StatusBadRequest)
		return
	}
	_ = greeting.Execute(w, unquote.Replace(r.FormValue("name")))
	_, _ = w.Write(terms())
	if re, err := tagRE(); err == nil && !re.MatchString(r.FormValue("tag")) {
		http.Error(w, `{"error":"invalid tag"}`, http.StatusBadRequest)
	}
}

// Search compiles a pattern built from the request: it differs per request.
func Search(w http.ResponseWriter, r *http.Request) {
	re, err := regexp.Compile("(?i)" + regexp.QuoteMeta(r.FormValue("q")))
	if err != nil {
		http.Error(w, `{"error":"invalid query"}`, http.StatusBadRequest)
		return
	}
	t, err := template.New("row").Parse(r.FormValue("format"))
	if err != nil {
		http.Error(w, `{"error":"invalid format"}`, http.StatusBadRequest)
		return
	}
	_ = t.Execute(w, re.String())
}

// Verify loads its CA once, and parses the certificate of the request.
func Verify(w http.ResponseWriter, r *http.Request) {
	caOnce.Do(func() {
		caPool = x509.NewCertPool()
		pem, _ := os.ReadFile("ca.pem")
		caPool.AppendCertsFromPEM(pem)
	})
	block, _ := pem.Decode([]byte(r.FormValue("cert")))
	if block == nil {
		http.Error(w, `{"error":"no certificate"}`, http.StatusBadRequest)
		return
	}
	if _, err := x509.ParseCertificate(block.Bytes); err != nil {
		http.Error(w, `{"error":"invalid certificate"}`, http.StatusBadRequest)
	}
}

// Slugify is a library function no handler reaches: nothing to report here.
func Slugify(s string) string { // want Slugify:`constant regexp\.MustCompile`
	return regexp.MustCompile(`[^a-z0-9]+`).ReplaceAllString(strings.ToLower(s), "-")
}

// Render is an fn request function reading a template name from the event.
func Render(ctx context.Context, ev *fn.Event) (*fn.Response, error) {
	t, err := template.ParseFiles(ev.PathParam("name") + ".tmpl")
	if err != nil {
		return nil, fn.NotFound("no such template")
	}
	var b strings.Builder
	if err := t.Execute(&b, ev.Body); err != nil {
		return nil, err
	}
	return fn.Text(http.StatusOK, b.String()), nil
}

// Register registers Render with the runtime.
func Register(r *fn.Router) {
	r.Handle("/render/{name}", Render)
}
