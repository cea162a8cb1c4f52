package cli

import (
	"context"
	"fmt"
	"os"

	"golang.org/x/tools/go/analysis"

	"github.com/fnlint/fnlint/internal/lsp"
)

// serveLSP runs the language server on c.Stdin and c.Stdout (fnlint lsp).
// The exit status is 0 when the client shut the server down before
// leaving and 1 otherwise, as the LSP specification asks.
func (c *Command) serveLSP(ctx context.Context, args []string) int {
	if len(args) > 0 {
		return c.fail(fmt.Errorf("%w: lsp takes no arguments; it is configured by .fnlint.yml", errUsage))
	}
	in := c.Stdin
	if in == nil {
		in = os.Stdin
	}
	err := lsp.Serve(ctx, in, c.Stdout, lsp.Options{Analyze: c.analyzeDir, Version: Version(), Log: c.Stderr})
	if err != nil {
		fmt.Fprintf(c.Stderr, "fnlint lsp: %v\n", err)
		return 1
	}
	return 0
}

// analyzeDir analyses the package in dir, with its tests, as
// "fnlint ." run in dir would: the same configuration file, checks,
// settings and filters.
func (c *Command) analyzeDir(ctx context.Context, dir string) (*lsp.Report, error) {
	cmd := *c
	cmd.Dir = dir
	r, err := cmd.newRun(ctx, &options{tests: true})
	if err != nil {
		return nil, err
	}
	defer r.flags.restore()
	res, pkgs, err := r.check([]string{"."})
	if err != nil {
		return nil, err
	}
	rep := &lsp.Report{Fset: res.fset}
	seen := make(map[string]bool)
	for _, p := range pkgs {
		for _, f := range p.GoFiles {
			if !seen[f] {
				seen[f] = true
				rep.Files = append(rep.Files, f)
			}
		}
	}
	for _, f := range res.findings {
		url := configDocURL
		if ch, ok := c.lookup(f.check); ok {
			url = ch.Analyzer.URL
		}
		rep.Findings = append(rep.Findings, lsp.Finding{Check: f.check, URL: url, Diagnostic: f.diag})
	}
	for _, d := range res.badDirectives {
		// In the editor a malformed directive is shown where it is written.
		rep.Findings = append(rep.Findings, lsp.Finding{Check: driverCheck, URL: configDocURL, Diagnostic: analysis.Diagnostic{Pos: d.pos, Message: d.msg}})
	}
	for _, e := range res.loadErrors {
		rep.LoadErrors = append(rep.LoadErrors, e.err)
	}
	for _, e := range res.errors {
		rep.Failures = append(rep.Failures, fmt.Sprintf("%s failed on %s: %v", e.analyzer, e.pkg.ID, e.err))
	}
	return rep, nil
}
