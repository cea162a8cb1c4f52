package secret

import (
	"net/url"
	"regexp"
	"strings"
)

// A format is a well-known credential format.
type format struct {
	name string
	re   *regexp.Regexp
}

// formats are the credential formats KnownFormat recognises: each is
// specific enough that a string literal matching it is a credential, not
// a name or a message. The regular expressions are never modified.
var formats = []format{
	{"an AWS access key id", regexp.MustCompile(`\b(AKIA|ASIA)[A-Z0-9]{16}\b`)},
	{"a private key", regexp.MustCompile(`-----BEGIN ([A-Z]+ )*PRIVATE KEY( BLOCK)?-----`)},
	{"a GitHub token", regexp.MustCompile(`\b(gh[pousr]_[A-Za-z0-9]{36,}|github_pat_[A-Za-z0-9_]{40,})\b`)},
	{"a GitLab token", regexp.MustCompile(`\bglpat-[A-Za-z0-9_-]{20,}\b`)},
	{"a Slack token", regexp.MustCompile(`\bxox[abposr]-[A-Za-z0-9-]{10,}`)},
	{"a Stripe secret key", regexp.MustCompile(`\b[rs]k_live_[A-Za-z0-9]{20,}\b`)},
	{"a Google API key", regexp.MustCompile(`\bAIza[A-Za-z0-9_-]{35}\b`)},
	{"a JWT", regexp.MustCompile(`\beyJ[A-Za-z0-9_-]{8,}\.eyJ[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]*`)},
}

// KnownFormat reports whether s contains a credential in a well-known
// format (an AWS access key id, a PEM private key, a GitHub, GitLab,
// Slack or Stripe token, a Google API key, a JWT), and names the format.
// AWS's documentation keys, which end in EXAMPLE, are placeholders.
func KnownFormat(s string) (string, bool) {
	for _, f := range formats {
		if m := f.re.FindString(s); m != "" && !strings.Contains(m, "EXAMPLE") {
			return f.name, true
		}
	}
	return "", false
}

// IsPlaceholder reports whether a string literal assigned to a
// secret-named variable cannot be a credential: empty or blank, a message
// (it holds spaces), the name of an environment variable
// (DB_PASSWORD), a template or format ("${DB_PASSWORD}", "{{.Token}}",
// "%s"), a path or a bare URL, or an obvious placeholder ("xxx", "***",
// "<token>", "changeme", "redacted").
func IsPlaceholder(s string) bool {
	t := strings.TrimSpace(s)
	if t == "" || strings.ContainsAny(t, " \t\n") {
		return true
	}
	if isEnvName(t) {
		return true
	}
	if strings.Contains(t, "${") || strings.Contains(t, "{{") || strings.Contains(t, "%") ||
		strings.HasPrefix(t, "$") || strings.HasPrefix(t, "<") || strings.HasPrefix(t, "/") ||
		strings.HasPrefix(t, ":") {
		return true
	}
	if u, err := url.Parse(t); err == nil && u.Scheme != "" && u.Host != "" {
		if _, ok := u.User.Password(); !ok {
			return true
		}
	}
	l := strings.ToLower(t)
	if strings.Trim(l, "x*.-_#?") == "" || dummies[l] {
		return true
	}
	for _, p := range placeholders {
		if strings.Contains(l, p) {
			return true
		}
	}
	return false
}

// dummies are whole values that say there is no password (IAM
// authentication to Cloud SQL and RDS takes a dummy one in the DSN) or
// are booleans.
var dummies = map[string]bool{"true": true, "false": true, "empty": true, "unused": true, "none": true, "ignored": true, "notused": true, "not-used": true, "nopassword": true}

// placeholders are words that mark a value as a stand-in.
var placeholders = []string{"changeme", "change-me", "change_me", "redacted", "placeholder", "example", "your-", "your_", "dummy", "todo", "replace"}

// isEnvName reports whether s looks like the name of an environment
// variable: upper-case letters, digits and underscores, with at least one
// underscore or letter run ("DB_PASSWORD", "TOKEN").
func isEnvName(s string) bool {
	letters := false
	for _, r := range s {
		switch {
		case r >= 'A' && r <= 'Z':
			letters = true
		case r >= '0' && r <= '9', r == '_':
		default:
			return false
		}
	}
	return letters
}

// DSNPassword returns the password written in a database connection
// string, in any of the forms drivers accept: a URL
// (postgres://user:pw@host/db), key=value pairs (host=h password=pw, or
// Password=pw; for SQL Server), or the go-sql-driver/mysql form
// (user:pw@tcp(host:3306)/db). It reports false when the DSN holds no
// password or a placeholder.
func DSNPassword(dsn string) (string, bool) {
	pw := dsnPassword(strings.TrimSpace(dsn))
	if pw == "" || IsPlaceholder(pw) {
		return "", false
	}
	return pw, true
}

func dsnPassword(dsn string) string {
	if i := strings.Index(dsn, "://"); i > 0 {
		if u, err := url.Parse(dsn); err == nil && u.User != nil {
			pw, _ := u.User.Password()
			return pw
		}
		return ""
	}
	if pw, ok := keyValuePassword(dsn); ok {
		return pw
	}
	// go-sql-driver/mysql: [user[:password]@][net[(addr)]]/dbname[?params]
	at := strings.LastIndex(dsn, "@")
	if at < 0 {
		return ""
	}
	rest := dsn[at+1:]
	if !strings.HasPrefix(rest, "/") && !strings.Contains(rest, "(") {
		return ""
	}
	if _, pw, ok := strings.Cut(dsn[:at], ":"); ok {
		return pw
	}
	return ""
}

// keyValuePassword finds password=... in a key=value DSN, separated by
// spaces (libpq) or semicolons (SQL Server, ODBC), quoted or not.
func keyValuePassword(dsn string) (string, bool) {
	fields := strings.FieldsFunc(dsn, func(r rune) bool { return r == ' ' || r == ';' })
	found := false
	for _, f := range fields {
		k, v, ok := strings.Cut(f, "=")
		if !ok || !isWord(strings.TrimSpace(k)) {
			continue
		}
		found = true
		switch strings.ToLower(strings.TrimSpace(k)) {
		case "password", "pwd", "passwd":
			return strings.Trim(v, `'"`), true
		}
	}
	return "", found
}

// isWord reports whether s is a key of a key=value DSN: letters, digits,
// _ and space.
func isWord(s string) bool {
	for _, r := range s {
		if !(r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= '0' && r <= '9' || r == '_' || r == ' ') {
			return false
		}
	}
	return s != ""
}
