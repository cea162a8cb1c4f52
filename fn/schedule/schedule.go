// Package schedule parses the schedule expressions of Amazon EventBridge
// rules and EventBridge Scheduler, cron(...), rate(...) and at(...), and
// computes their next run times.
//
// The syntax is the one AWS documents: six cron fields (minutes, hours,
// day-of-month, month, day-of-week, year) with the wildcards , - * / ? L W
// and #, month and weekday names, and the rule that one of day-of-month and
// day-of-week is "?"; rate(value unit) with a singular unit for 1 and a
// plural one otherwise; at(yyyy-mm-ddThh:mm:ss) for one-time schedules.
// Parse errors name the field and the token at fault.
//
// The package uses the standard library only, so that fnlint's schedule
// check can reuse it.
package schedule

import (
	"fmt"
	"strconv"
	"strings"
	"time"
)

// A Schedule is a parsed schedule expression.
type Schedule interface {
	// Next returns the first run strictly after t, or the zero time when
	// the schedule never runs again.
	Next(t time.Time) time.Time
	// String returns the expression the schedule was parsed from.
	String() string
}

// ParseError is the error of an invalid schedule expression.
type ParseError struct {
	// Expr is the whole expression.
	Expr string
	// Field names the part at fault: "minutes", "day-of-week", "rate
	// unit", or "" when the expression as a whole is malformed.
	Field string
	// Token is the text at fault within the field, if any.
	Token string
	// Msg tells what is wrong.
	Msg string
}

// Error returns the expression, the field and token at fault, and why.
func (e *ParseError) Error() string {
	var b strings.Builder
	fmt.Fprintf(&b, "invalid schedule expression %q: ", e.Expr)
	if e.Field != "" {
		b.WriteString(e.Field)
		b.WriteString(": ")
	}
	if e.Token != "" {
		fmt.Fprintf(&b, "%q: ", e.Token)
	}
	b.WriteString(e.Msg)
	return b.String()
}

// Parse parses a schedule expression whose times are in UTC, as with
// EventBridge rules.
func Parse(expr string) (Schedule, error) {
	return ParseInLocation(expr, time.UTC)
}

// ParseInLocation parses a schedule expression whose times are wall-clock
// times in loc, as with an EventBridge Scheduler schedule that names a time
// zone.
func ParseInLocation(expr string, loc *time.Location) (Schedule, error) {
	if loc == nil {
		loc = time.UTC
	}
	kind, body, ok := splitExpr(expr)
	if !ok {
		return nil, &ParseError{Expr: expr, Msg: `want cron(...), rate(...) or at(...)`}
	}
	switch kind {
	case "cron":
		return parseCron(expr, body, loc)
	case "rate":
		return parseRate(expr, body)
	default:
		return parseAt(expr, body, loc)
	}
}

// MustParse is like Parse but panics on an invalid expression. It is meant
// for package-level variables holding constant expressions.
func MustParse(expr string) Schedule {
	s, err := Parse(expr)
	if err != nil {
		panic(err)
	}
	return s
}

// NextN returns the next n runs of s after t, fewer when the schedule ends.
func NextN(s Schedule, t time.Time, n int) []time.Time {
	runs := make([]time.Time, 0, n)
	for len(runs) < n {
		t = s.Next(t)
		if t.IsZero() {
			break
		}
		runs = append(runs, t)
	}
	return runs
}

// splitExpr splits "kind(body)" for the three kinds of expression.
func splitExpr(expr string) (kind, body string, ok bool) {
	for _, k := range []string{"cron", "rate", "at"} {
		if rest, found := strings.CutPrefix(expr, k+"("); found {
			body, found = strings.CutSuffix(rest, ")")
			return k, body, found
		}
	}
	return "", "", false
}

// Rate is a rate(value unit) schedule: a run every Every, counted from the
// previous run (EventBridge counts from the creation of the rule).
type Rate struct {
	// Every is the interval between runs.
	Every time.Duration
	expr  string
}

// Next returns t plus the interval.
func (r *Rate) Next(t time.Time) time.Time { return t.Add(r.Every) }

// String returns the expression.
func (r *Rate) String() string { return r.expr }

var rateUnits = map[string]struct {
	d        time.Duration
	singular bool
}{
	"minute":  {time.Minute, true},
	"minutes": {time.Minute, false},
	"hour":    {time.Hour, true},
	"hours":   {time.Hour, false},
	"day":     {24 * time.Hour, true},
	"days":    {24 * time.Hour, false},
}

func parseRate(expr, body string) (*Rate, error) {
	parts := strings.Split(body, " ")
	if len(parts) != 2 || parts[0] == "" || parts[1] == "" {
		return nil, &ParseError{Expr: expr, Msg: "want rate(value unit) with one space, as in rate(5 minutes)"}
	}
	value, unit := parts[0], parts[1]
	n, err := strconv.Atoi(value)
	if err != nil || n <= 0 || value[0] == '+' {
		return nil, &ParseError{Expr: expr, Field: "rate value", Token: value, Msg: "want a positive integer"}
	}
	u, ok := rateUnits[unit]
	if !ok {
		return nil, &ParseError{Expr: expr, Field: "rate unit", Token: unit, Msg: "want minute(s), hour(s) or day(s)"}
	}
	switch {
	case n == 1 && !u.singular:
		return nil, &ParseError{Expr: expr, Field: "rate unit", Token: unit, Msg: "a value of 1 takes a singular unit, as in rate(1 " + strings.TrimSuffix(unit, "s") + ")"}
	case n > 1 && u.singular:
		return nil, &ParseError{Expr: expr, Field: "rate unit", Token: unit, Msg: fmt.Sprintf("a value above 1 takes a plural unit, as in rate(%d %ss)", n, unit)}
	}
	const maxRate = 1<<63 - 1
	if int64(n) > maxRate/int64(u.d) {
		return nil, &ParseError{Expr: expr, Field: "rate value", Token: value, Msg: "too large"}
	}
	return &Rate{Every: time.Duration(n) * u.d, expr: expr}, nil
}

// At is a one-time at(yyyy-mm-ddThh:mm:ss) schedule of EventBridge
// Scheduler.
type At struct {
	// Time is the only run.
	Time time.Time
	expr string
}

// Next returns the run time when it is after t, else the zero time.
func (a *At) Next(t time.Time) time.Time {
	if a.Time.After(t) {
		return a.Time
	}
	return time.Time{}
}

// String returns the expression.
func (a *At) String() string { return a.expr }

func parseAt(expr, body string, loc *time.Location) (*At, error) {
	t, err := time.ParseInLocation("2006-01-02T15:04:05", body, loc)
	if err != nil {
		return nil, &ParseError{Expr: expr, Field: "at", Token: body, Msg: "want a date and time as yyyy-mm-ddThh:mm:ss"}
	}
	return &At{Time: t, expr: expr}, nil
}
