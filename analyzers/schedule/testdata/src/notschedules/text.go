// Package notschedules holds strings that mention schedules, or look like
// them, and are not expressions to check.
package notschedules

import "fmt"

const (
	help     = "use rate(5 minutes) or cron(0 12 * * ? *)" // not the whole string
	format   = "cron(%d %d * * ? *)"                       // a format string
	tmpl     = "cron(0 {{.Hour}} * * ? *)"                 // a template
	cdk      = "rate(${Interval} minutes)"                 // a placeholder
	formula  = "rate(limit)"                               // a rate of something else
	call     = "at(index)"                                 // a function call in some other language
	sql      = "SELECT rate(x) FROM t"                     // SQL
	nested   = "cron(max(a, b))"                           // not cron
	twoLines = "cron(0 12 * * ? *)\ncron(0 3 * * *)"       // a list, not one expression
	crontab  = "0 3 * * *"                                 // Unix cron for another scheduler
	suffix   = "my-cron(0 3 * * *)"                        // not the whole string either
	empty    = "cron()"                                    // no body that looks like cron
)

// Hourly builds an expression at run time, which the check cannot read.
func Hourly(minute int) string {
	return fmt.Sprintf(format, minute, 3) + help + tmpl + cdk + formula + call + sql + nested + twoLines + crontab + suffix + empty
}
