// Package checktest holds what the tests of the checks share.
package checktest

import (
	"testing"

	"golang.org/x/tools/go/analysis"
)

// SetFlag sets the flag name of a to value for the rest of the test, and
// restores it when the test ends. Tests that set flags must not run in
// parallel: the flags of an analyzer are package state.
func SetFlag(t *testing.T, a *analysis.Analyzer, name, value string) {
	t.Helper()
	f := a.Flags.Lookup(name)
	if f == nil {
		t.Fatalf("%s has no flag %s", a.Name, name)
	}
	old := f.Value.String()
	if err := a.Flags.Set(name, value); err != nil {
		t.Fatalf("set -%s.%s=%s: %v", a.Name, name, value, err)
	}
	t.Cleanup(func() {
		if err := a.Flags.Set(name, old); err != nil {
			t.Errorf("restore -%s.%s=%s: %v", a.Name, name, old, err)
		}
	})
}
