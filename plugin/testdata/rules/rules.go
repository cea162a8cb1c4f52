// Package rules holds the EventBridge schedules of a stack: one written in
// Unix cron's dialect and a rate with a singular unit, which EventBridge
// rejects (the check fixes the second), and valid ones.
package rules

// Schedules of the nightly jobs.
const (
	Nightly = "cron(0 3 * * *)" // want `invalid schedule expression "cron\(0 3 \* \* \*\)": want 6 fields`
	Often   = "rate(10 minute)" // want `invalid schedule expression "rate\(10 minute\)": rate unit: "minute": a value above 1 takes a plural unit`
	Hourly  = "rate(1 hour)"
	Weekly  = "cron(0 12 ? * MON *)"
)
