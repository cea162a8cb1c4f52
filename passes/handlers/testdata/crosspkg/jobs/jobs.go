// Package jobs is used by app only through a type and a method value.
package jobs

import "context"

// Runner runs jobs.
type Runner struct{ Name string }

// Run runs one job: a handler only where it is registered.
func (r *Runner) Run(ctx context.Context, n int) error { return nil }
