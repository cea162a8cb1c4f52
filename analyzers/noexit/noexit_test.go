package noexit_test

import (
	"go/build"
	"testing"

	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/fnlint/fnlint/analyzers/noexit"
)

func TestNoexit(t *testing.T) {
	analysistest.Run(t, analysistest.TestData(), noexit.Analyzer,
		"./lambda", "./crosspkg/...", "./recovered", "./initscope", "./nethttp",
		"./methodvalue", "./generics", "./unreached")
}

func TestPanicsOff(t *testing.T) {
	flag := noexit.Analyzer.Flags.Lookup(noexit.FlagPanics)
	if err := flag.Value.Set("false"); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = flag.Value.Set(flag.DefValue) })
	analysistest.Run(t, analysistest.TestData(), noexit.Analyzer, "./exitsonly")
}

// TestWithoutGOROOT runs the check as a binary built with -trimpath does
// (pre-commit builds its hooks so): such a binary does not know GOROOT,
// and the standard library must still be told apart from the user's code,
// or every sync.Pool panic in fmt is reported from every handler.
func TestWithoutGOROOT(t *testing.T) {
	goroot := build.Default.GOROOT
	build.Default.GOROOT = ""
	t.Cleanup(func() { build.Default.GOROOT = goroot })
	analysistest.Run(t, analysistest.TestData(), noexit.Analyzer, "./lambda", "./nethttp")
}
