package noexit_test

import (
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
