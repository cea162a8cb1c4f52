// Command fnlint checks Go function code: AWS Lambda handlers,
// Google Cloud Functions and net/http handlers deployed as functions.
//
// Usage:
//
//	fnlint [flags] [packages]
//	fnlint help [check]
//	fnlint lsp                          (a language server on stdin and stdout)
//	go vet -vettool=$(which fnlint) [packages]
//	go fix -fixtool=$(which fnlint) [packages]
//
// Run fnlint -help for the flags, and see docs/configuration.md for the
// configuration file and //fnlint:ignore directives.
package main

import (
	"github.com/fnlint/fnlint/analyzers"
	"github.com/fnlint/fnlint/internal/cli"
)

func main() {
	cli.Main(analyzers.All())
}
