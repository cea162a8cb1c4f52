// Package plugin is fnlint's golangci-lint module plugin. Importing it
// registers the linter "fnlint" with golangci-lint's plugin registry
// (github.com/golangci/plugin-module-register); `golangci-lint custom`
// builds it into a custom golangci-lint binary (see docs/golangci-lint.md).
//
// The settings of the linter, linters.settings.custom.fnlint.settings in
// .golangci.yml, are those of fnlint's own configuration file, .fnlint.yml,
// without exclude (golangci-lint's linters.exclusions does that):
//
//	checks:
//	  enable: [...]     # checks besides the default ones, or all
//	  disable: [...]    # checks not to run, or all
//	settings:
//	  handlersize:
//	    max-statements: 40
//
// They are decoded as strictly as the file: an unknown key, an unknown
// check, a setting the check does not have or a value its flag rejects is
// an error that names it, and golangci-lint stops.
//
// The settings of a check are the flags of its analyzer, which are
// package-level state: New sets every flag of every check, to its default
// or to the value of the settings. Two plugin instances in one process
// therefore share their flags, and the last one built wins; golangci-lint
// builds one.
package plugin

import (
	"errors"
	"flag"
	"fmt"

	"github.com/golangci/plugin-module-register/register"
	"go.yaml.in/yaml/v3"
	"golang.org/x/tools/go/analysis"

	"github.com/fnlint/fnlint/analyzers"
	"github.com/fnlint/fnlint/internal/cli"
	"github.com/fnlint/fnlint/internal/config"
)

// Name is the name the plugin is registered under: the key of its entry
// in linters.settings.custom and the linter name of its findings.
const Name = "fnlint"

// settingsKey is where golangci-lint reads the settings from, for errors.
const settingsKey = "linters.settings.custom." + Name + ".settings"

func init() {
	register.Plugin(Name, New)
}

// Plugin is the fnlint linter of golangci-lint: the checks its settings
// enable.
type Plugin struct {
	checks []analyzers.Check
}

var _ register.LinterPlugin = (*Plugin)(nil)

// New decodes the settings golangci-lint hands over (the value of
// linters.settings.custom.fnlint.settings, nil when there is none), sets
// the flags of the checks and returns the plugin. When the settings are
// invalid, it returns an error and leaves the flags as they were.
func New(settings any) (register.LinterPlugin, error) {
	cfg, err := decode(settings)
	if err != nil {
		return nil, err
	}
	all := analyzers.All()
	saved := saveFlags(all)
	resetFlags(all)
	checks, err := cli.Configure(all, cfg)
	if err != nil {
		saved.restore()
		return nil, settingsError(err)
	}
	return &Plugin{checks: checks}, nil
}

// BuildAnalyzers returns the analyzers of the enabled checks, in the order
// of the suite.
func (p *Plugin) BuildAnalyzers() ([]*analysis.Analyzer, error) {
	as := make([]*analysis.Analyzer, len(p.checks))
	for i, c := range p.checks {
		as[i] = c.Analyzer
	}
	return as, nil
}

// GetLoadMode returns register.LoadModeTypesInfo: the checks need syntax
// and types, and the handler pass builds the SSA form it needs itself.
func (p *Plugin) GetLoadMode() string { return register.LoadModeTypesInfo }

// decode turns the settings into a configuration by way of YAML, so that
// they are read by the decoder of .fnlint.yml and mean the same.
// golangci-lint has already parsed its file into maps, lists and scalars,
// which encode back into YAML as they were written (keys sorted).
func decode(settings any) (*config.Config, error) {
	data, err := yaml.Marshal(settings)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", settingsKey, err)
	}
	cfg, err := config.Parse(settingsKey, data)
	if err != nil {
		return nil, settingsError(err)
	}
	if len(cfg.Exclude) > 0 {
		return nil, fmt.Errorf("%s: exclude is not supported by the plugin; use linters.exclusions.paths of golangci-lint", settingsKey)
	}
	return cfg, nil
}

// settingsError names the settings in an error of the configuration and
// drops its line number, which is that of the YAML encoding of the
// settings, not of .golangci.yml.
func settingsError(err error) error {
	if e, ok := errors.AsType[*config.Error](err); ok {
		return fmt.Errorf("%s: %s", settingsKey, e.Msg)
	}
	return fmt.Errorf("%s: %w", settingsKey, err)
}

// flagValues remembers the values of the flags of some checks.
type flagValues map[*flag.Flag]string

// saveFlags records the value of every flag of checks.
func saveFlags(checks []analyzers.Check) flagValues {
	saved := make(flagValues)
	for _, c := range checks {
		c.Analyzer.Flags.VisitAll(func(f *flag.Flag) { saved[f] = f.Value.String() })
	}
	return saved
}

// restore sets every recorded flag back to its recorded value.
func (v flagValues) restore() {
	for f, value := range v {
		f.Value.Set(value) // it held this value: it cannot fail
	}
}

// resetFlags sets every flag of checks to its default value, so that the
// settings alone decide the flags of a plugin.
func resetFlags(checks []analyzers.Check) {
	for _, c := range checks {
		c.Analyzer.Flags.VisitAll(func(f *flag.Flag) {
			f.Value.Set(f.DefValue) // the value it was created with: it cannot fail
		})
	}
}
