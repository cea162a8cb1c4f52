// Package handlersize is a placeholder until the check lands.
package handlersize

import (
	"golang.org/x/tools/go/analysis"

	"github.com/fnlint/fnlint/passes/handlers"
)

// Analyzer reports handlers that are too large.
var Analyzer = &analysis.Analyzer{
	Name:     "handlersize",
	Doc:      "report handlers that are too large",
	Requires: []*analysis.Analyzer{handlers.Analyzer},
	Run:      func(*analysis.Pass) (any, error) { return nil, nil },
}
