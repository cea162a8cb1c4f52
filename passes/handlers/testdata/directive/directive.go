// Package directive marks handlers the pass cannot find on its own.
package directive

import "context"

type Job struct{ ID string }

// Run is invoked by a scheduler the pass does not know.
//
//fnlint:handler task
func Run(ctx context.Context, j Job) error { // want `handler task unknown directive`
	return step(j)
}

func step(j Job) error { return nil } // want `invocation Run → step`

// Serve has no kind: the signature has none either.
//
//fnlint:handler
func Serve(ctx context.Context, body string) (string, error) { // want `handler other unknown directive`
	return body, nil
}

// Not a directive: a longer word.
//
//fnlint:handlerx task
func NotMarked(ctx context.Context) error { return nil }
