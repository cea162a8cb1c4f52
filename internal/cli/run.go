package cli

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strings"

	"golang.org/x/tools/go/packages"

	"github.com/fnlint/fnlint/analyzers"
	"github.com/fnlint/fnlint/internal/config"
	"github.com/fnlint/fnlint/internal/gitdiff"
)

// A run is one invocation of the command line once flags are parsed.
type run struct {
	cmd    *Command
	ctx    context.Context
	opts   *options
	dir    string              // absolute working directory
	cfg    *config.Config      // nil when there is no configuration file
	checks []analyzers.Check   // the checks enabled
	flags  *flagState          // analyzer flags as they were before the run
	diff   *gitdiff.Changes    // lines changed since -new-from-rev, or nil
	rel    func(string) string // file names for humans
}

// newRun reads the configuration, selects the checks, sets their flags and
// reads the Git changes. On success the caller must restore r.flags.
func (c *Command) newRun(ctx context.Context, opts *options) (*run, error) {
	dir := c.Dir
	if dir == "" {
		wd, err := os.Getwd()
		if err != nil {
			return nil, fmt.Errorf("working directory: %w", err)
		}
		dir = wd
	}
	dir, err := filepath.Abs(dir)
	if err != nil {
		return nil, fmt.Errorf("working directory: %w", err)
	}
	r := &run{cmd: c, ctx: ctx, opts: opts, dir: dir, rel: relativeTo(dir)}

	cfgPath := opts.configFile
	if cfgPath == "" {
		if cfgPath, err = config.Find(dir); err != nil {
			return nil, err
		}
	} else if !filepath.IsAbs(cfgPath) {
		cfgPath = filepath.Join(dir, cfgPath)
	}
	if cfgPath != "" {
		if r.cfg, err = config.Load(cfgPath); err != nil {
			return nil, fmt.Errorf("config: %w", err)
		}
	}
	if r.checks, err = selectChecks(c.Checks, r.cfg, opts.enable, opts.disable); err != nil {
		return nil, configError(err)
	}
	r.flags = saveFlags(analyzersOf(c.Checks))
	if err := applySettings(c.Checks, r.cfg, opts.settings); err != nil {
		r.flags.restore()
		return nil, configError(err)
	}
	if opts.newFromRev != "" {
		if r.diff, err = gitdiff.Since(ctx, dir, opts.newFromRev); err != nil {
			r.flags.restore()
			return nil, fmt.Errorf("new-from-rev: %w", err)
		}
	}
	return r, nil
}

// configError prefixes errors of the configuration file with "config".
func configError(err error) error {
	if _, ok := errors.AsType[*config.Error](err); ok {
		return fmt.Errorf("config: %w", err)
	}
	return err
}

// run loads the packages, runs the checks, filters and prints the
// findings or applies their fixes, and returns the exit status.
func (r *run) run() int {
	stdout, stderr := r.cmd.Stdout, r.cmd.Stderr
	patterns := r.opts.patterns
	if len(patterns) == 0 {
		patterns = []string{"./..."}
	}
	if err := r.opts.prof.begin(); err != nil {
		fmt.Fprintf(stderr, "fnlint: %v\n", err)
		return ExitError
	}
	defer r.opts.prof.end(stderr)
	res, err := r.cachedCheck(patterns)
	if err != nil {
		fmt.Fprintf(stderr, "fnlint: %v\n", err)
		return ExitError
	}
	printLoadErrors(stderr, res.loadErrors, r.rel)
	printAnalysisErrors(stderr, res.errors)
	printBadDirectives(stderr, res.badDirectives, r.rel)

	failed := len(res.loadErrors) > 0 || len(res.errors) > 0 || len(res.badDirectives) > 0
	if r.opts.fix || r.opts.diff {
		var ok bool
		if res.findings, ok = r.fix(res); !ok {
			failed = true
		}
		if r.opts.diff {
			return status(failed, len(res.findings) > 0)
		}
	}
	switch {
	case r.opts.json:
		err = printJSON(stdout, res)
	case r.opts.sarif:
		err = r.printSARIF(stdout, res, !failed)
	case r.opts.codequality:
		err = r.printCodeQuality(stdout, res)
	default:
		err = printText(stdout, res, r.rel)
	}
	if err != nil {
		fmt.Fprintf(stderr, "fnlint: write output: %v\n", err)
		return ExitError
	}
	return status(failed, len(res.findings) > 0)
}

// check loads the packages that patterns match, runs the enabled checks on
// them and filters the findings. The result also holds the errors of the
// packages that did not load or type-check and of the analyzers that
// failed; pkgs are the packages loaded for patterns.
func (r *run) check(patterns []string) (res *result, pkgs []*packages.Package, err error) {
	pkgs, err = load(r.ctx, r.dir, r.opts.tests, r.opts.tags, r.opts.prof == nil || !r.opts.prof.fullLoad, patterns...)
	if err != nil {
		return nil, nil, fmt.Errorf("load packages: %w", err)
	}
	if len(pkgs) == 0 {
		return nil, nil, fmt.Errorf("%s matches no packages", strings.Join(patterns, " "))
	}
	if err := unmatchedPatterns(patterns, pkgs, r.dir); err != nil {
		return nil, nil, err
	}
	rootPkgs, loadErrs := roots(pkgs)
	if res, err = r.analyze(rootPkgs); err != nil {
		return nil, nil, err
	}
	res.loadErrors = loadErrs
	r.filter(res, rootPkgs)
	return res, pkgs, nil
}

// status is the exit status of a run.
func status(failed, findings bool) int {
	switch {
	case failed:
		return ExitError
	case findings:
		return ExitFindings
	}
	return ExitClean
}

// analyze runs the enabled checks on the roots.
func (r *run) analyze(roots []*packages.Package) (*result, error) {
	res := &result{failed: make(map[actionKey]bool)}
	if len(roots) == 0 {
		return res, nil
	}
	res.fset = roots[0].Fset
	graph, err := analyzeRoots(r.opts.prof, analyzersOf(r.checks), roots)
	if err != nil {
		return nil, fmt.Errorf("analyze: %w", err)
	}
	if r.cmd.AfterAnalyze != nil {
		r.cmd.AfterAnalyze(graph)
	}
	res.collect(graph)
	return res, nil
}

// printAnalysisErrors prints the errors of analyzers under a "# package"
// header per package.
func printAnalysisErrors(w io.Writer, errs []analysisError) {
	last := ""
	for _, e := range errs {
		if e.pkg.ID != last {
			last = e.pkg.ID
			fmt.Fprintf(w, "# %s\n", e.pkg.ID)
		}
		fmt.Fprintf(w, "%s: %v\n", e.analyzer, e.err)
	}
}

// enabled reports whether the check named name runs.
func (r *run) enabled(name string) bool {
	return slices.ContainsFunc(r.checks, func(c analyzers.Check) bool { return c.Analyzer.Name == name })
}

// known reports whether name is a check of the suite.
func (r *run) known(name string) bool {
	return slices.ContainsFunc(r.cmd.Checks, func(c analyzers.Check) bool { return c.Analyzer.Name == name })
}
