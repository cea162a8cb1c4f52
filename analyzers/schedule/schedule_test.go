package schedule_test

import (
	"testing"

	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/fnlint/fnlint/analyzers/schedule"
)

func TestSchedule(t *testing.T) {
	analysistest.RunWithSuggestedFixes(t, analysistest.TestData(), schedule.Analyzer, "rules", "notschedules")
}
