// Package analyzers lists every check of fnlint, in order, with the
// metadata the driver, the docs and the integrations read.
package analyzers

import (
	"golang.org/x/tools/go/analysis"

	"github.com/fnlint/fnlint/analyzers/batchops"
	"github.com/fnlint/fnlint/analyzers/coldstart"
	"github.com/fnlint/fnlint/analyzers/ctxdeadline"
	"github.com/fnlint/fnlint/analyzers/envsecret"
	"github.com/fnlint/fnlint/analyzers/errresponse"
	"github.com/fnlint/fnlint/analyzers/failsoft"
	"github.com/fnlint/fnlint/analyzers/handlersize"
	"github.com/fnlint/fnlint/analyzers/headerkey"
	"github.com/fnlint/fnlint/analyzers/idempotenttask"
	"github.com/fnlint/fnlint/analyzers/jwtverify"
	"github.com/fnlint/fnlint/analyzers/logsecret"
	"github.com/fnlint/fnlint/analyzers/noexit"
	"github.com/fnlint/fnlint/analyzers/partialbatch"
	"github.com/fnlint/fnlint/analyzers/poolscope"
	"github.com/fnlint/fnlint/analyzers/retrybackoff"
	"github.com/fnlint/fnlint/analyzers/schedule"
	"github.com/fnlint/fnlint/analyzers/sharedstate"
	"github.com/fnlint/fnlint/analyzers/sqlparam"
	"github.com/fnlint/fnlint/analyzers/validateinput"
)

// A Check is one check of the suite.
type Check struct {
	// Analyzer is the check itself.
	Analyzer *analysis.Analyzer
	// Since is the fnlint version that introduced the check.
	Since string
	// Default tells whether the check runs when the configuration does not
	// name it.
	Default bool
}

// checks is the ordered list of checks. It is never modified.
var checks = []Check{
	{Analyzer: validateinput.Analyzer, Since: "v0.1.0", Default: true},
	{Analyzer: envsecret.Analyzer, Since: "v0.1.0", Default: true},
	{Analyzer: sqlparam.Analyzer, Since: "v0.1.0", Default: true},
	{Analyzer: poolscope.Analyzer, Since: "v0.1.0", Default: true},
	{Analyzer: idempotenttask.Analyzer, Since: "v0.1.0", Default: true},
	{Analyzer: handlersize.Analyzer, Since: "v0.1.0", Default: true},
	{Analyzer: retrybackoff.Analyzer, Since: "v0.1.0", Default: true},
	{Analyzer: partialbatch.Analyzer, Since: "v0.1.0", Default: true},
	{Analyzer: errresponse.Analyzer, Since: "v0.1.0", Default: true},
	{Analyzer: jwtverify.Analyzer, Since: "v0.1.0", Default: true},
	{Analyzer: headerkey.Analyzer, Since: "v0.1.0", Default: true},
	{Analyzer: coldstart.Analyzer, Since: "v0.1.0", Default: true},
	{Analyzer: ctxdeadline.Analyzer, Since: "v0.1.0", Default: true},
	{Analyzer: noexit.Analyzer, Since: "v0.1.0", Default: true},
	{Analyzer: sharedstate.Analyzer, Since: "v0.1.0", Default: true},
	{Analyzer: batchops.Analyzer, Since: "v0.1.0", Default: true},
	{Analyzer: logsecret.Analyzer, Since: "v0.1.0", Default: true},
	{Analyzer: schedule.Analyzer, Since: "v0.1.0", Default: true},
	{Analyzer: failsoft.Analyzer, Since: "v0.1.0", Default: true},
}

// All returns every check of the suite, in order.
func All() []Check { return append([]Check(nil), checks...) }

// Analyzers returns the analyzers of every check, in order.
func Analyzers() []*analysis.Analyzer {
	as := make([]*analysis.Analyzer, len(checks))
	for i, c := range checks {
		as[i] = c.Analyzer
	}
	return as
}

// Lookup returns the check named name.
func Lookup(name string) (Check, bool) {
	for _, c := range checks {
		if c.Analyzer.Name == name {
			return c, true
		}
	}
	return Check{}, false
}
