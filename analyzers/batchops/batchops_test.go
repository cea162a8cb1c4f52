package batchops_test

import (
	"testing"

	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/fnlint/fnlint/analyzers/batchops"
)

func TestBatchOps(t *testing.T) {
	analysistest.Run(t, analysistest.TestData(), batchops.Analyzer, "./records", "./negatives", "./lib", "./helpers")
}
