package cli

import (
	"flag"
	"fmt"
	"slices"
	"sort"
	"strings"

	"golang.org/x/tools/go/analysis"

	"github.com/fnlint/fnlint/analyzers"
	"github.com/fnlint/fnlint/internal/config"
)

// allChecks is the name that stands for every check in enable and disable
// lists.
const allChecks = "all"

// selectChecks returns the checks to run: the default ones, changed by
// the configuration file, then by the command line (see applyLevel).
func selectChecks(checks []analyzers.Check, cfg *config.Config, enable, disable []string) ([]analyzers.Check, error) {
	on := make(map[string]bool)
	for _, c := range checks {
		on[c.Analyzer.Name] = c.Default
	}
	if cfg != nil {
		var en, dis []checkName
		for _, n := range cfg.Enable {
			en = append(en, checkName{n.Name, n.Line})
		}
		for _, n := range cfg.Disable {
			dis = append(dis, checkName{n.Name, n.Line})
		}
		if err := applyLevel(on, checks, en, dis, cfg.Errorf); err != nil {
			return nil, err
		}
	}
	var en, dis []checkName
	for _, n := range enable {
		en = append(en, checkName{name: n})
	}
	for _, n := range disable {
		dis = append(dis, checkName{name: n})
	}
	usage := func(_ int, format string, args ...any) error {
		return fmt.Errorf("%w: %s", errUsage, fmt.Sprintf(format, args...))
	}
	if err := applyLevel(on, checks, en, dis, usage); err != nil {
		return nil, err
	}
	var out []analyzers.Check
	for _, c := range checks {
		if on[c.Analyzer.Name] {
			out = append(out, c)
		}
	}
	return out, nil
}

// A checkName is a check named in an enable or disable list, at a line of
// the configuration file (0 on the command line).
type checkName struct {
	name string
	line int
}

// applyLevel applies the enable and disable lists of one level (the file
// or the command line) to on: "all" first, then the named checks are
// enabled, then disabled. A check may not be both enabled and disabled by
// name at one level.
func applyLevel(on map[string]bool, checks []analyzers.Check, enable, disable []checkName, errorf func(int, string, ...any) error) error {
	for _, list := range []struct {
		names []checkName
		value bool
	}{{disable, false}, {enable, true}} {
		for _, n := range list.names {
			if n.name == allChecks {
				for name := range on {
					on[name] = list.value
				}
			}
		}
	}
	enabled := make(map[string]bool)
	for _, list := range []struct {
		names []checkName
		value bool
	}{{enable, true}, {disable, false}} {
		for _, n := range list.names {
			switch _, known := on[n.name]; {
			case n.name == allChecks:
				continue
			case !known:
				return errorf(n.line, "unknown check %q%s", n.name, suggest(checks))
			case !list.value && enabled[n.name]:
				return errorf(n.line, "check %q is both enabled and disabled", n.name)
			}
			on[n.name] = list.value
			enabled[n.name] = list.value
		}
	}
	return nil
}

func suggest(checks []analyzers.Check) string {
	names := make([]string, len(checks))
	for i, c := range checks {
		names[i] = c.Analyzer.Name
	}
	return " (checks: " + strings.Join(names, ", ") + "; see 'fnlint help')"
}

// flagState remembers the values of analyzer flags so that a run leaves
// them as it found them.
type flagState struct {
	saved []savedFlag
}

type savedFlag struct {
	f     *flag.Flag
	value string
}

// saveFlags records the current value of every flag of as and of the
// analyzers they require.
func saveFlags(as []*analysis.Analyzer) *flagState {
	s := new(flagState)
	for _, a := range expand(as) {
		a.Flags.VisitAll(func(f *flag.Flag) {
			s.saved = append(s.saved, savedFlag{f, f.Value.String()})
		})
	}
	return s
}

// restore sets every recorded flag back to its recorded value.
func (s *flagState) restore() {
	for _, sf := range s.saved {
		sf.f.Value.Set(sf.value) // it held this value: it cannot fail
	}
}

// applySettings sets the analyzer flags named in the configuration file,
// then those of the command line, which win.
func applySettings(checks []analyzers.Check, cfg *config.Config, cli []cliSetting) error {
	if cfg != nil {
		for _, s := range cfg.Settings {
			i := slices.IndexFunc(checks, func(c analyzers.Check) bool { return c.Analyzer.Name == s.Check })
			if i < 0 {
				return cfg.Errorf(s.Line, "settings for unknown check %q%s", s.Check, suggest(checks))
			}
			a := checks[i].Analyzer
			f := a.Flags.Lookup(s.Flag)
			if f == nil {
				return cfg.Errorf(s.Line, "check %s has no setting %q%s", s.Check, s.Flag, flagList(a))
			}
			if err := f.Value.Set(s.Value); err != nil {
				return cfg.Errorf(s.Line, "invalid value %q for %s.%s: %v", s.Value, s.Check, s.Flag, err)
			}
		}
	}
	for _, s := range cli {
		f := s.check.Analyzer.Flags.Lookup(s.flag)
		if err := f.Value.Set(s.value); err != nil {
			return fmt.Errorf("%w: invalid value %q for flag -%s.%s: %v", errUsage, s.value, s.check.Analyzer.Name, s.flag, err)
		}
	}
	return nil
}

func flagList(a *analysis.Analyzer) string {
	var names []string
	a.Flags.VisitAll(func(f *flag.Flag) { names = append(names, f.Name) })
	if len(names) == 0 {
		return " (it has no settings)"
	}
	sort.Strings(names)
	return " (settings: " + strings.Join(names, ", ") + ")"
}

// analyzersOf returns the analyzers of checks.
func analyzersOf(checks []analyzers.Check) []*analysis.Analyzer {
	as := make([]*analysis.Analyzer, len(checks))
	for i, c := range checks {
		as[i] = c.Analyzer
	}
	return as
}

// expand returns as and every analyzer they require, each once, required
// ones first.
func expand(as []*analysis.Analyzer) []*analysis.Analyzer {
	var out []*analysis.Analyzer
	seen := make(map[*analysis.Analyzer]bool)
	var visit func([]*analysis.Analyzer)
	visit = func(as []*analysis.Analyzer) {
		for _, a := range as {
			if !seen[a] {
				seen[a] = true
				visit(a.Requires)
				out = append(out, a)
			}
		}
	}
	visit(as)
	return out
}
