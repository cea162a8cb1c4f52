// Command panicky is fnlint with one more check, explode, which panics on
// every package named explode and requires a pass, fuse, which panics on
// every package named fuse. The end-to-end tests build it to check that a
// panicking analyzer becomes an error of its package, on the command line
// and under go vet, while the other packages and checks go on.
package main

import (
	"reflect"

	"golang.org/x/tools/go/analysis"

	"github.com/fnlint/fnlint/analyzers"
	"github.com/fnlint/fnlint/internal/cli"
)

var fuse = &analysis.Analyzer{
	Name:       "fuse",
	Doc:        "fuse: panic on packages named fuse",
	ResultType: reflect.TypeFor[bool](),
	Run: func(pass *analysis.Pass) (any, error) {
		if pass.Pkg.Name() == "fuse" {
			panic("fuse blown in " + pass.Pkg.Path())
		}
		return true, nil
	},
}

var explode = &analysis.Analyzer{
	Name:     "explode",
	Doc:      "explode: panic on packages named explode",
	Requires: []*analysis.Analyzer{fuse},
	Run: func(pass *analysis.Pass) (any, error) {
		if pass.Pkg.Name() == "explode" {
			var p *analysis.Pass
			_ = p.Pkg // nil dereference
		}
		return nil, nil
	},
}

func main() {
	cli.Main(append(analyzers.All(), analyzers.Check{Analyzer: explode, Since: "test", Default: true}))
}
