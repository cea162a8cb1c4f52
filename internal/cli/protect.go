package cli

import (
	"fmt"
	"path/filepath"
	"reflect"
	"runtime"
	"strings"
	"sync"

	"golang.org/x/tools/go/analysis"
)

// protected holds the analyzers whose Run is already wrapped.
var protected sync.Map

// Protect wraps the Run function of every analyzer of as, and of every
// analyzer they require, so that a panic becomes an error of that
// analyzer on that package, with the panic value and a short stack,
// instead of ending the process. The other packages and analyzers go on.
// Each analyzer is wrapped once however often Protect is called. Protect
// changes the analyzers: call it once at startup, before any analysis
// runs.
func Protect(as []*analysis.Analyzer) { protect(as, nil) }

// protect is Protect with a function called with each panic.
func protect(as []*analysis.Analyzer, onPanic func(*analysis.Analyzer, *analysis.Pass, *PanicError)) {
	for _, a := range expand(as) {
		if _, done := protected.LoadOrStore(a, true); done {
			continue
		}
		run := a.Run
		a.Run = func(pass *analysis.Pass) (any, error) {
			result, err := runProtected(run, pass)
			if perr, ok := err.(*PanicError); ok && onPanic != nil {
				onPanic(a, pass, perr)
			}
			return result, err
		}
	}
}

// runProtected calls run, turning a panic into a *PanicError.
func runProtected(run func(*analysis.Pass) (any, error), pass *analysis.Pass) (result any, err error) {
	defer func() {
		if v := recover(); v != nil {
			result, err = nil, &PanicError{Value: v, Stack: shortStack()}
		}
	}()
	return run(pass)
}

// A PanicError is the error of an analyzer that panicked.
type PanicError struct {
	// Value is the value passed to panic.
	Value any
	// Stack lists the innermost frames of the panic, "function
	// (file:line)", from the panic inward to the analyzer's Run.
	Stack []string
}

func (e *PanicError) Error() string {
	var sb strings.Builder
	fmt.Fprintf(&sb, "panic: %v", e.Value)
	for _, f := range e.Stack {
		sb.WriteString("\n\t")
		sb.WriteString(f)
	}
	return sb.String()
}

// maxStackFrames bounds the frames kept in a PanicError.
const maxStackFrames = 8

// shortStack returns the frames of the panicking goroutine, called from a
// deferred function: from the frame that panicked, skipping the runtime's
// frames, to the wrapper installed by Protect, exclusive.
func shortStack() []string {
	pcs := make([]uintptr, 64)
	n := runtime.Callers(2, pcs)
	frames := runtime.CallersFrames(pcs[:n])
	var out []string
	started := false
	for {
		fr, more := frames.Next()
		inRuntime := strings.HasPrefix(fr.Function, "runtime.")
		if isProtectWrapper(fr.Function) {
			if started {
				break
			}
		} else if !started && !inRuntime {
			started = true
		}
		if started {
			out = append(out, fmt.Sprintf("%s (%s:%d)", fr.Function, shortFile(fr.File), fr.Line))
			if len(out) == maxStackFrames {
				out = append(out, "...")
				break
			}
		}
		if !more {
			break
		}
	}
	return out
}

// isProtectWrapper reports whether fn is runProtected or the deferred
// function inside it.
func isProtectWrapper(fn string) bool {
	name := reflect.TypeFor[PanicError]().PkgPath() + ".runProtected"
	return fn == name || strings.HasPrefix(fn, name+".")
}

// shortFile keeps the last two elements of a file name.
func shortFile(name string) string {
	dir, file := filepath.Split(name)
	return filepath.Join(filepath.Base(dir), file)
}
