package cli

import (
	"flag"
	"fmt"
	"runtime/debug"
	"strings"
	"text/tabwriter"

	"golang.org/x/tools/go/analysis"

	"github.com/fnlint/fnlint/analyzers"
)

// fallbackVersion is the version of a binary built without module version
// information, such as with go build inside the repository.
const fallbackVersion = "v0.1.0-devel"

// Version is the version of fnlint: the main module's version recorded in
// the binary by go install, or fallbackVersion.
func Version() string {
	if bi, ok := debug.ReadBuildInfo(); ok && bi.Main.Version != "" && bi.Main.Version != "(devel)" {
		return bi.Main.Version
	}
	return fallbackVersion
}

// help prints the list of checks, or the documentation of the checks
// named in args.
func (c *Command) help(args []string) int {
	if len(args) == 0 {
		c.listChecks()
		return ExitClean
	}
	status := ExitClean
	for i, name := range args {
		check, ok := c.lookup(name)
		if !ok {
			fmt.Fprintf(c.Stderr, "fnlint: unknown check %q%s\n", name, suggest(c.Checks))
			status = ExitError
			continue
		}
		if i > 0 {
			fmt.Fprintln(c.Stdout)
		}
		c.explain(check)
	}
	return status
}

func (c *Command) lookup(name string) (analyzers.Check, bool) {
	for _, ch := range c.Checks {
		if ch.Analyzer.Name == name {
			return ch, true
		}
	}
	return analyzers.Check{}, false
}

func (c *Command) listChecks() {
	fmt.Fprintf(c.Stdout, "fnlint checks Go function code: AWS Lambda, Cloud Functions and net/http handlers.\n\nChecks:\n")
	tw := tabwriter.NewWriter(c.Stdout, 0, 8, 2, ' ', 0)
	for _, ch := range c.Checks {
		state := "on"
		if !ch.Default {
			state = "off"
		}
		summary, _ := docParts(ch.Analyzer)
		fmt.Fprintf(tw, "  %s\t%s\t%s\n", ch.Analyzer.Name, state, summary)
	}
	tw.Flush()
	fmt.Fprintf(c.Stdout, `
"off" checks run only when enabled (-enable=NAME or checks.enable in .fnlint.yml).
Run 'fnlint help CHECK' for a check's documentation and settings,
'fnlint -help' for the command's flags.
`)
}

func (c *Command) explain(ch analyzers.Check) {
	a := ch.Analyzer
	state := "on by default"
	if !ch.Default {
		state = "off by default"
	}
	_, doc := docParts(a)
	fmt.Fprintf(c.Stdout, "%s: %s", a.Name, doc)
	if !strings.HasSuffix(doc, "\n") {
		fmt.Fprintln(c.Stdout)
	}
	fmt.Fprintf(c.Stdout, "\n%s, since %s.\n", capitalize(state), ch.Since)
	var flags []*flag.Flag
	a.Flags.VisitAll(func(f *flag.Flag) { flags = append(flags, f) })
	if len(flags) > 0 {
		fmt.Fprintf(c.Stdout, "\nSettings (command line -%s.NAME=VALUE, or settings.%s.NAME in .fnlint.yml):\n", a.Name, a.Name)
		tw := tabwriter.NewWriter(c.Stdout, 0, 8, 2, ' ', 0)
		for _, f := range flags {
			fmt.Fprintf(tw, "  %s\t%s\t(default %s)\n", f.Name, f.Usage, defaultValue(f))
		}
		tw.Flush()
	}
	if a.URL != "" {
		fmt.Fprintf(c.Stdout, "\nDocumentation: %s\n", a.URL)
	}
}

func defaultValue(f *flag.Flag) string {
	if f.DefValue == "" {
		return `""`
	}
	return f.DefValue
}

func capitalize(s string) string {
	if s == "" {
		return s
	}
	return strings.ToUpper(s[:1]) + s[1:]
}

// docParts returns the summary of an analyzer's doc, its first line
// without a leading "name: ", and the whole doc without that prefix.
func docParts(a *analysis.Analyzer) (summary, doc string) {
	doc = strings.TrimSpace(a.Doc)
	doc = strings.TrimPrefix(doc, a.Name+": ")
	summary, _, _ = strings.Cut(doc, "\n")
	return strings.TrimSpace(summary), doc
}
