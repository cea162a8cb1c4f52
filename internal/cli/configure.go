package cli

import (
	"github.com/fnlint/fnlint/analyzers"
	"github.com/fnlint/fnlint/internal/config"
)

// Configure applies a configuration to checks as the command line applies
// its configuration file: it returns the checks that cfg enables (the
// default ones, changed by cfg.Enable and cfg.Disable) and sets their
// analyzer flags from cfg.Settings. It is for the integrations that hand
// fnlint a configuration of their own, such as the golangci-lint plugin,
// so that they share the vocabulary and the errors of .fnlint.yml.
//
// Errors about check names and settings are *config.Error values. Flags
// set before a failing setting keep their new values; the caller restores
// them when it needs to.
func Configure(checks []analyzers.Check, cfg *config.Config) ([]analyzers.Check, error) {
	enabled, err := selectChecks(checks, cfg, nil, nil)
	if err != nil {
		return nil, err
	}
	if err := applySettings(checks, cfg, nil); err != nil {
		return nil, err
	}
	return enabled, nil
}
