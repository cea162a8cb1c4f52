package plugin_test

import (
	"flag"
	"slices"
	"strings"
	"testing"

	"github.com/golangci/plugin-module-register/register"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"go.yaml.in/yaml/v3"
	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/fnlint/fnlint/analyzers"
	"github.com/fnlint/fnlint/analyzers/handlersize"
	"github.com/fnlint/fnlint/analyzers/noexit"
	"github.com/fnlint/fnlint/plugin"
)

// fixtureSettings are the settings the fixture module in testdata is
// checked with, as they are written under
// linters.settings.custom.fnlint.settings in .golangci.yml. The
// end-to-end test uses them too.
const fixtureSettings = `
checks:
  disable: [all]
  enable: [handlersize, noexit, schedule]
settings:
  handlersize:
    max-statements: 6
  noexit:
    panics: false
`

// fixturePackages are the fixture packages of each check: each check is
// tested on its own packages, whose // want comments are its findings.
var fixturePackages = map[string][]string{
	"handlersize": {"./orders"},
	"noexit":      {"./exits/..."},
	"schedule":    {"./rules"},
}

// settings decodes YAML into maps, lists and scalars, as golangci-lint
// hands settings to a plugin.
func settings(t *testing.T, text string) any {
	t.Helper()
	var v any
	require.NoError(t, yaml.Unmarshal([]byte(text), &v))
	return v
}

// keepFlags restores the flags of every check to their current values when
// the test ends. Cleanups run last first: the first call of a test wins.
func keepFlags(t *testing.T) {
	saved := make(map[*flag.Flag]string)
	for _, c := range analyzers.All() {
		c.Analyzer.Flags.VisitAll(func(f *flag.Flag) { saved[f] = f.Value.String() })
	}
	t.Cleanup(func() {
		for f, v := range saved {
			require.NoError(t, f.Value.Set(v))
		}
	})
}

// newPlugin builds the plugin as golangci-lint does: through the registry.
func newPlugin(t *testing.T, settings any) (register.LinterPlugin, error) {
	t.Helper()
	keepFlags(t)
	newFn, err := register.GetPlugin(plugin.Name)
	require.NoError(t, err)
	return newFn(settings)
}

func names(as []*analysis.Analyzer) []string {
	var out []string
	for _, a := range as {
		out = append(out, a.Name)
	}
	return out
}

func flagValue(t *testing.T, a *analysis.Analyzer, name string) string {
	t.Helper()
	f := a.Flags.Lookup(name)
	require.NotNil(t, f, "flag %s of %s", name, a.Name)
	return f.Value.String()
}

func TestFixture(t *testing.T) {
	p, err := newPlugin(t, settings(t, fixtureSettings))
	require.NoError(t, err)
	assert.Equal(t, register.LoadModeTypesInfo, p.GetLoadMode())
	as, err := p.BuildAnalyzers()
	require.NoError(t, err)
	require.Equal(t, []string{"handlersize", "noexit", "schedule"}, names(as))
	for _, a := range as {
		c, ok := analyzers.Lookup(a.Name)
		require.True(t, ok)
		require.Same(t, c.Analyzer, a, "the plugin runs the suite's own analyzers")
		t.Run(a.Name, func(t *testing.T) {
			analysistest.Run(t, analysistest.TestData(), a, fixturePackages[a.Name]...)
		})
	}
}

func TestDefaults(t *testing.T) {
	// Flags changed before New are set back to their defaults.
	keepFlags(t)
	require.NoError(t, handlersize.Analyzer.Flags.Set(handlersize.FlagMaxStatements, "3"))
	for _, s := range []any{nil, map[string]any{}, settings(t, "checks: {}\nsettings: {}\n")} {
		p, err := newPlugin(t, s)
		require.NoError(t, err)
		as, err := p.BuildAnalyzers()
		require.NoError(t, err)
		var want []string
		for _, c := range analyzers.All() {
			if c.Default {
				want = append(want, c.Analyzer.Name)
			}
		}
		assert.Equal(t, want, names(as), "settings %#v", s)
		assert.Equal(t, "50", flagValue(t, handlersize.Analyzer, handlersize.FlagMaxStatements))
		assert.Equal(t, "true", flagValue(t, noexit.Analyzer, noexit.FlagPanics))
	}
}

func TestSettings(t *testing.T) {
	_, err := newPlugin(t, settings(t, `
settings:
  handlersize:
    max-statements: 12
    max-nesting: "2"
  noexit:
    panics: false
`))
	require.NoError(t, err)
	assert.Equal(t, "12", flagValue(t, handlersize.Analyzer, handlersize.FlagMaxStatements))
	assert.Equal(t, "2", flagValue(t, handlersize.Analyzer, handlersize.FlagMaxNesting))
	assert.Equal(t, "false", flagValue(t, noexit.Analyzer, noexit.FlagPanics))

	// A .golangci.json decodes numbers as float64 and lists as []any.
	_, err = newPlugin(t, map[string]any{"settings": map[string]any{
		"handlersize": map[string]any{"max-statements": float64(20)},
		"noexit":      map[string]any{"panics": []any{"false"}},
	}})
	require.NoError(t, err)
	assert.Equal(t, "20", flagValue(t, handlersize.Analyzer, handlersize.FlagMaxStatements))
	assert.Equal(t, "false", flagValue(t, noexit.Analyzer, noexit.FlagPanics))

	// A second plugin shares the flags: its settings replace the first's.
	_, err = newPlugin(t, settings(t, "settings: {handlersize: {max-lines: 30}}"))
	require.NoError(t, err)
	assert.Equal(t, "50", flagValue(t, handlersize.Analyzer, handlersize.FlagMaxStatements))
	assert.Equal(t, "30", flagValue(t, handlersize.Analyzer, handlersize.FlagMaxLines))
	assert.Equal(t, "true", flagValue(t, noexit.Analyzer, noexit.FlagPanics))
}

func TestChecks(t *testing.T) {
	for _, tc := range []struct {
		settings string
		want     []string
	}{
		{"checks: {disable: [noexit]}", without(suite(true), "noexit")},
		{"checks: {disable: [all], enable: [schedule]}", []string{"schedule"}},
		{"checks: {disable: [all], enable: [schedule, noexit]}", []string{"noexit", "schedule"}},
		{"checks: {enable: [all], disable: [handlersize, schedule]}", without(suite(false), "handlersize", "schedule")},
		{"checks: {disable: [all]}", nil},
	} {
		p, err := newPlugin(t, settings(t, tc.settings))
		require.NoError(t, err, tc.settings)
		as, err := p.BuildAnalyzers()
		require.NoError(t, err)
		assert.Equal(t, tc.want, names(as), tc.settings)
	}
}

// suite returns the names of the checks of the suite, in order: the
// default ones, or all.
func suite(defaultOnly bool) []string {
	var names []string
	for _, c := range analyzers.All() {
		if c.Default || !defaultOnly {
			names = append(names, c.Analyzer.Name)
		}
	}
	return names
}

// without returns names without drop.
func without(names []string, drop ...string) []string {
	return slices.DeleteFunc(slices.Clone(names), func(n string) bool { return slices.Contains(drop, n) })
}

func TestSettingsErrors(t *testing.T) {
	const prefix = "linters.settings.custom.fnlint.settings: "
	for _, tc := range []struct {
		settings any
		want     string
	}{
		{"enable: [noexit]", `unknown key "enable" in the configuration (want one of checks, exclude, settings)`},
		{"checks: noexit", `checks must be a map`},
		{"checks: {enable: [noexits]}", `unknown check "noexits" (checks: ` + strings.Join(suite(false), ", ") + `; see 'fnlint help')`},
		{"checks: {enable: [noexit], disable: [noexit]}", `check "noexit" is both enabled and disabled`},
		{"checks: {enabled: [noexit]}", `unknown key "enabled" in checks (want one of disable, enable)`},
		{"settings: {handlersize: {max-statemens: 10}}", `check handlersize has no setting "max-statemens" (settings: max-complexity, max-lines, max-nesting, max-statements, response-max-complexity, response-max-lines, response-max-nesting, response-max-statements)`},
		{"settings: {handlersize: {max-statements: many}}", `invalid value "many" for handlersize.max-statements: parse error`},
		{"settings: {noexit: {panics: sometimes}}", `invalid value "sometimes" for noexit.panics: parse error`},
		{"settings: {noexit: {panics: {deep: true}}}", `noexit.panics must be a scalar or a list of scalars`},
		{"settings: {nosuch: {x: 1}}", `settings for unknown check "nosuch"`},
		{"settings: {handlersize: 10}", `settings.handlersize must be a map from setting names to values`},
		{"exclude: [gen/**]", `exclude is not supported by the plugin; use linters.exclusions.paths of golangci-lint`},
		{"[noexit]", `the configuration must be a map`},
	} {
		s := tc.settings
		if text, ok := s.(string); ok {
			s = settings(t, text)
		}
		p, err := newPlugin(t, s)
		assert.Nil(t, p)
		if assert.Error(t, err, tc.settings) {
			assert.Contains(t, err.Error(), prefix+tc.want)
		}
	}
}

func TestErrorKeepsFlags(t *testing.T) {
	_, err := newPlugin(t, settings(t, "settings: {handlersize: {max-statements: 6}}"))
	require.NoError(t, err)
	// max-statements is set before the unknown setting after it is found.
	_, err = newPlugin(t, settings(t, "settings: {handlersize: {max-statements: 9, nesting-max: 2}}"))
	require.ErrorContains(t, err, `check handlersize has no setting "nesting-max"`)
	assert.Equal(t, "6", flagValue(t, handlersize.Analyzer, handlersize.FlagMaxStatements))
}
