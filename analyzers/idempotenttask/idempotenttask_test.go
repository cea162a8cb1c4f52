package idempotenttask_test

import (
	"testing"

	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/fnlint/fnlint/analyzers/idempotenttask"
)

func TestIdempotentTask(t *testing.T) {
	analysistest.Run(t, analysistest.TestData(), idempotenttask.Analyzer,
		"./sqlinsert", "./sqlnegatives", "./requestkind", "./crosspkg", "./store",
		"./dynamo", "./fifo", "./guarded")
}
