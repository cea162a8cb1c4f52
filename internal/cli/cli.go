// Package cli is fnlint's command line: it parses flags and the
// configuration file, loads packages with go/packages, runs the checks
// with go/analysis/checker, filters the findings (generated files,
// //fnlint:ignore directives, excluded paths, lines unchanged since a
// revision) and prints them as text, go vet JSON or SARIF, or applies their
// fixes.
//
// Main also serves go vet: invoked with its protocol (-flags, -V=full, or
// a unit.cfg file) it hands over to unitchecker.
package cli

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"strings"

	"golang.org/x/tools/go/analysis/checker"

	"github.com/fnlint/fnlint/analyzers"
)

// Exit statuses.
const (
	ExitClean    = 0 // no findings
	ExitFindings = 1 // findings reported
	ExitError    = 2 // usage, configuration, load, type or analyzer errors
)

// Main runs fnlint with the arguments of the process and exits. If go vet
// (or go fix) is the caller, it hands over to unitchecker; otherwise it
// runs the command line. Either way it first makes every analyzer of
// checks, and every analyzer they require, recover from panics (see
// Protect).
func Main(checks []analyzers.Check) {
	if isVetTool(os.Args[1:]) {
		vetMain(checks) // does not return
	}
	Protect(analyzersOf(checks))
	cmd := &Command{Checks: checks, Stdout: os.Stdout, Stderr: os.Stderr}
	os.Exit(cmd.Run(context.Background(), os.Args[1:]))
}

// isVetTool reports whether args are those of the go vet protocol: a
// -flags or -V flag, or a last argument naming a unit .cfg file.
func isVetTool(args []string) bool {
	for _, a := range args {
		name, _, _ := strings.Cut(strings.TrimLeft(a, "-"), "=")
		if strings.HasPrefix(a, "-") && (name == "flags" || name == "V") {
			return true
		}
	}
	return len(args) > 0 && strings.HasSuffix(args[len(args)-1], ".cfg")
}

// A Command runs the fnlint command line with a suite of checks. Run does
// not protect the analyzers from panics: call Protect on them once first,
// as Main does.
type Command struct {
	// Checks are the checks that can run, in order.
	Checks []analyzers.Check
	// Stdout receives findings, Stderr errors and notes.
	Stdout, Stderr io.Writer
	// Stdin is read by the language server (fnlint lsp); nil means
	// os.Stdin.
	Stdin io.Reader
	// Dir is the working directory; "" means the process's.
	Dir string
	// AfterAnalyze, if set, is called with the action graph once the
	// checks have run, before findings are filtered: each action holds
	// its Duration, for per-check timing.
	AfterAnalyze func(*checker.Graph)
}

// options are the parsed command line.
type options struct {
	json, sarif   bool
	codequality   bool
	fix, diff     bool
	tests         bool
	cache         bool // use the result cache (internal/cache)
	version       bool
	configFile    string
	newFromRev    string
	tags          string
	enable        listFlag
	disable       listFlag
	settings      []cliSetting
	patterns      []string
	args          []string // as given, for the SARIF invocation
	helpRequested bool
	prof          *profiler // -debug, -cpuprofile, -memprofile
}

// A cliSetting is a -check.flag=value argument, applied after the
// configuration file.
type cliSetting struct {
	check *analyzers.Check
	flag  string
	value string
}

// listFlag is a comma-separated list flag that may be repeated.
type listFlag []string

func (l *listFlag) String() string { return strings.Join(*l, ",") }

func (l *listFlag) Set(s string) error {
	for name := range strings.SplitSeq(s, ",") {
		if name = strings.TrimSpace(name); name != "" {
			*l = append(*l, name)
		}
	}
	return nil
}

// settingFlag records a -check.flag value; it is applied to the analyzer
// flag once the configuration file has been applied.
type settingFlag struct {
	opts  *options
	check *analyzers.Check
	orig  *flag.Flag
}

func (s *settingFlag) String() string {
	if s == nil || s.orig == nil {
		return ""
	}
	return s.orig.Value.String()
}

func (s *settingFlag) Set(v string) error {
	s.opts.settings = append(s.opts.settings, cliSetting{check: s.check, flag: s.orig.Name, value: v})
	return nil
}

func (s *settingFlag) IsBoolFlag() bool {
	if s == nil || s.orig == nil {
		return false
	}
	b, ok := s.orig.Value.(interface{ IsBoolFlag() bool })
	return ok && b.IsBoolFlag()
}

// errUsage marks errors that are the user's: they are printed with a
// pointer to -help.
var errUsage = errors.New("usage")

// parseFlags parses args on a new FlagSet.
func (c *Command) parseFlags(args []string) (*options, error) {
	opts := &options{tests: true, args: args}
	fs := flag.NewFlagSet("fnlint", flag.ContinueOnError)
	fs.SetOutput(io.Discard)
	fs.BoolVar(&opts.json, "json", false, "print findings in go vet's JSON format")
	fs.BoolVar(&opts.sarif, "sarif", false, "print findings as a SARIF 2.1.0 log")
	fs.BoolVar(&opts.codequality, "codequality", false, "print findings as a GitLab Code Quality report")
	fs.BoolVar(&opts.fix, "fix", false, "apply the suggested fixes of the findings")
	fs.BoolVar(&opts.diff, "diff", false, "print the suggested fixes as unified diffs; change no file")
	fs.BoolVar(&opts.tests, "tests", true, "check test files too")
	fs.BoolVar(&opts.cache, "cache", cacheByDefault(), "serve unchanged packages from the result cache ($FNLINT_CACHE, default under the user cache directory)")
	fs.BoolVar(&opts.version, "version", false, "print the version and exit")
	fs.StringVar(&opts.configFile, "config", "", "configuration `file` (default: "+configHint+")")
	fs.StringVar(&opts.newFromRev, "new-from-rev", "", "report only findings on lines changed since the Git `revision`")
	fs.StringVar(&opts.tags, "tags", "", "comma-separated build `tags`")
	fs.Var(&opts.enable, "enable", "comma-separated `checks` to run besides the default ones (all: every check)")
	fs.Var(&opts.disable, "disable", "comma-separated `checks` not to run (all: every check)")
	opts.prof = profileFlags(fs)
	for i := range c.Checks {
		ch := &c.Checks[i]
		ch.Analyzer.Flags.VisitAll(func(f *flag.Flag) {
			fs.Var(&settingFlag{opts: opts, check: ch, orig: f}, ch.Analyzer.Name+"."+f.Name, f.Usage)
		})
	}
	fs.Usage = func() {}
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			opts.helpRequested = true
			c.usage(fs, c.Stdout)
			return opts, nil
		}
		return nil, fmt.Errorf("%w: %v", errUsage, err)
	}
	if n := countTrue(opts.json, opts.sarif, opts.codequality); n > 1 {
		return nil, fmt.Errorf("%w: -json, -sarif and -codequality cannot be used together", errUsage)
	} else if n == 1 && opts.diff {
		return nil, fmt.Errorf("%w: -diff prints diffs and cannot be used with -json, -sarif or -codequality", errUsage)
	}
	opts.patterns = fs.Args()
	return opts, nil
}

const configHint = ".fnlint.yml in the working directory or a parent"

func (c *Command) usage(fs *flag.FlagSet, w io.Writer) {
	fmt.Fprintf(w, `fnlint checks Go function code: AWS Lambda, Cloud Functions and net/http handlers.

Usage:
  fnlint [flags] [packages]    check packages (default ./...)
  fnlint help                  list the checks
  fnlint help CHECK            explain a check and its flags
  fnlint lsp                   run the language server on stdin and stdout
  go vet -vettool=$(which fnlint) [packages]

Flags:
`)
	fs.SetOutput(w)
	fs.PrintDefaults()
	fs.SetOutput(io.Discard)
	fmt.Fprintf(w, "\nExit status: 0 no findings, 1 findings, 2 usage, configuration, load or analysis errors.\n")
}

// Run runs the command line args and returns the exit status.
func (c *Command) Run(ctx context.Context, args []string) int {
	if len(args) > 0 && args[0] == "help" {
		return c.help(args[1:])
	}
	if len(args) > 0 && args[0] == "lsp" {
		return c.serveLSP(ctx, args[1:])
	}
	opts, err := c.parseFlags(args)
	if err != nil {
		return c.fail(err)
	}
	if opts.helpRequested {
		return ExitClean
	}
	if opts.version {
		fmt.Fprintf(c.Stdout, "fnlint %s\n", Version())
		return ExitClean
	}
	r, err := c.newRun(ctx, opts)
	if err != nil {
		return c.fail(err)
	}
	defer r.flags.restore()
	return r.run()
}

// fail prints err on one line and returns ExitError; usage errors that do
// not already point to the help get a pointer to -help.
func (c *Command) fail(err error) int {
	msg := oneLine(strings.TrimPrefix(err.Error(), errUsage.Error()+": "))
	if errors.Is(err, errUsage) && !strings.Contains(msg, "'fnlint help") && !strings.Contains(msg, "'fnlint -help") {
		msg += " (run 'fnlint -help' for usage)"
	}
	fmt.Fprintf(c.Stderr, "fnlint: %s\n", msg)
	return ExitError
}
