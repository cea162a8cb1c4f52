// Package schedule defines an Analyzer that reports invalid schedule
// expressions of Amazon EventBridge in Go code.
//
// # Analyzer schedule
//
// schedule: report invalid EventBridge schedule expressions
//
// Scheduled functions are triggered by EventBridge rules and EventBridge
// Scheduler schedules whose expressions (cron(...), rate(...), at(...))
// are often written in Go: in CDK and Pulumi stacks, in calls to PutRule
// or CreateSchedule, in the task definitions of the fn runtime. AWS
// rejects an invalid expression only when the stack is deployed or the
// API is called, and its dialect differs from Unix cron in ways that are
// easy to get wrong: six fields with a year, exactly one of day-of-month
// and day-of-week set to "?", 1-7 for SUN-SAT, L, W and # in their own
// fields only, and a singular unit for a rate of 1 and a plural one
// otherwise. The schedule check parses every constant string of the form
// cron(...), rate(...) or at(...) with the parser of the fn runtime
// (fn/schedule) and reports the exact reason an expression is invalid:
// the field and the token at fault.
//
// A constant is any string constant expression, a literal or a fold of
// constants ("cron(0 " + hour + " * * ? *)" with hour a constant). To
// stay quiet on text that only mentions a schedule, a constant is read as
// an expression only when it is the whole string, and when its body looks
// like one: a cron body with a space or a "*", a rate body that starts
// with a digit or names a unit, an at body that starts with a digit.
// Format strings and templates (containing "%", "{{" or "${") and test
// files, where invalid expressions are test cases, are not checked.
//
// Suggested fixes: the unit of a rate (rate(1 minutes) → rate(1 minute),
// rate(5 minute) → rate(5 minutes)), and a cron expression with both
// day-of-month and day-of-week set when one of them is "*" (it becomes
// "?"), for expressions written as one literal.
//
// # Examples
//
// Unix cron habits that EventBridge rejects:
//
//	rule := &eventbridge.PutRuleInput{
//		Name:               aws.String("nightly"),
//		ScheduleExpression: aws.String("cron(0 3 * * *)"), // invalid schedule expression "cron(0 3 * * *)": want 6 fields (...), have 5
//	}
//	every := "rate(10 minute)" // invalid schedule expression "rate(10 minute)": rate unit: "minute": a value above 1 takes a plural unit, as in rate(10 minutes)
//
// The same schedules written for EventBridge:
//
//	ScheduleExpression: aws.String("cron(0 3 * * ? *)"),
//	every := "rate(10 minutes)"
package schedule
