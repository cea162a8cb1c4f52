// Package rules defines the schedules of a set of EventBridge rules, some
// written with Unix cron habits.
package rules

import "time"

// A Rule is an EventBridge rule that triggers a function.
type Rule struct {
	Name       string
	Expression string
	Timeout    time.Duration
}

const (
	nightlyHour = "3"
	everyMonday = "cron(0 " + nightlyHour + " ? * MON *)"
	badFold     = "cron(0 " + nightlyHour + " * * MON *)" // want `invalid schedule expression "cron\(0 3 \* \* MON \*\)": day-of-month and day-of-week: one of them must be "\?"`
)

// Rules are the schedules of the service.
var Rules = []Rule{
	{Name: "monday", Expression: everyMonday},
	{Name: "fold", Expression: badFold},
	{Name: "nightly", Expression: "cron(0 3 * * *)"},        // want `invalid schedule expression "cron\(0 3 \* \* \*\)": want 6 fields \(minutes hours day-of-month month day-of-week year\), have 5`
	{Name: "both", Expression: "cron(15 10 * * MON-FRI *)"}, // want `day-of-month and day-of-week: one of them must be "\?"`
	{Name: "neither", Expression: "cron(0 12 ? * ? *)"},     // want `day-of-month and day-of-week: only one of them can be "\?"`
	{Name: "sunday0", Expression: "cron(0 8 ? * 0 *)"},      // want `day-of-week: "0": 0 is out of range 1-7`
	{Name: "hash", Expression: "cron(0 9 ? * 2#6 *)"},       // want `day-of-week: "2#6": the number after # must be 1 to 5`
	{Name: "lastweek", Expression: `cron(0 9 L * * *)`},     // want `day-of-month and day-of-week: one of them must be "\?"`
	{Name: "minutes", Expression: "rate(1 minutes)"},        // want `rate unit: "minutes": a value of 1 takes a singular unit, as in rate\(1 minute\)`
	{Name: "hour", Expression: "rate(6 hour)"},              // want `rate unit: "hour": a value above 1 takes a plural unit, as in rate\(6 hours\)`
	{Name: "weeks", Expression: "rate(2 weeks)"},            // want `rate unit: "weeks": want minute\(s\), hour\(s\) or day\(s\)`
	{Name: "zero", Expression: "rate(0 minutes)"},           // want `rate value: "0": want a positive integer`
	{Name: "once", Expression: "at(2026-13-01T10:00:00)"},   // want `at: "2026-13-01T10:00:00": want a date and time as yyyy-mm-ddThh:mm:ss`
	{Name: "space", Expression: "rate(5  minutes)"},         // want `want rate\(value unit\) with one space`

	// Valid expressions, in every form AWS documents.
	{Name: "weekdays", Expression: "cron(0 18 ? * MON-FRI *)"},
	{Name: "first", Expression: "cron(0 8 1 * ? *)"},
	{Name: "quarter", Expression: "cron(0/15 * * * ? *)"},
	{Name: "last", Expression: "cron(0 12 L * ? *)"},
	{Name: "lastfri", Expression: "cron(0 10 ? * 6L 2026-2030)"},
	{Name: "nearest", Expression: "cron(0 9 15W * ? *)"},
	{Name: "third", Expression: "cron(0 9 ? * 2#3 *)"},
	{Name: "one", Expression: "rate(1 day)"},
	{Name: "five", Expression: "rate(5 minutes)"},
	{Name: "at", Expression: "at(2026-12-01T10:00:00)"},
}

// Expr is a named string type: a conversion of a literal is one constant.
type Expr string

var converted = Expr("rate(2 weeks)") // want `rate unit: "weeks": want minute\(s\), hour\(s\) or day\(s\)`

var _ = converted
