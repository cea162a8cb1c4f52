package config

import (
	"io/fs"
	"os"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestParse(t *testing.T) {
	c, err := Parse("/repo/.fnlint.yml", []byte(`# fnlint configuration
checks:
  enable: [handlersize, sqlparam]
  disable:
    - coldstart
settings:
  handlersize:
    max-statements: 40
    strict: true
    ignore-names: [Init, Setup]
  sqlparam: {}
exclude:
  - "gen/**"
  - "**/*_mock.go"
`))
	require.NoError(t, err)
	assert.Equal(t, "/repo/.fnlint.yml", c.Path)
	assert.Equal(t, "/repo", c.Dir())
	assert.Equal(t, []Name{{"handlersize", 3}, {"sqlparam", 3}}, c.Enable)
	assert.Equal(t, []Name{{"coldstart", 5}}, c.Disable)
	assert.Equal(t, []Setting{
		{Check: "handlersize", Flag: "max-statements", Value: "40", Line: 8},
		{Check: "handlersize", Flag: "strict", Value: "true", Line: 9},
		{Check: "handlersize", Flag: "ignore-names", Value: "Init,Setup", Line: 10},
	}, c.Settings)
	assert.Equal(t, []Glob{{"gen/**", 13}, {"**/*_mock.go", 14}}, c.Exclude)
}

func TestParseEmpty(t *testing.T) {
	for _, src := range []string{"", "# nothing\n", "---\n", "checks:\nsettings:\nexclude:\n"} {
		c, err := Parse("/x/.fnlint.yml", []byte(src))
		require.NoError(t, err, src)
		assert.Empty(t, c.Enable)
		assert.Empty(t, c.Settings)
		assert.Empty(t, c.Exclude)
	}
}

func TestParseErrors(t *testing.T) {
	for _, tt := range []struct{ src, want string }{
		{"checks:\n  enable: [a]\n  enabled: [b]\n", `f.yml:3: unknown key "enabled" in checks (want one of disable, enable)`},
		{"check:\n  enable: [a]\n", `f.yml:1: unknown key "check" in the configuration (want one of checks, exclude, settings)`},
		{"checks: [a, b]\n", "f.yml:1: checks must be a map"},
		{"checks:\n  enable: handlersize\n", "f.yml:2: checks.enable must be a list"},
		{"checks:\n  enable: [[a]]\n", "f.yml:2: checks.enable: want a non-empty string"},
		{"checks:\n  enable: [\"\"]\n", "f.yml:2: checks.enable: want a non-empty string"},
		{"settings: [a]\n", "f.yml:1: settings must be a map from check names to their settings"},
		{"settings:\n  handlersize: 40\n", "f.yml:2: settings.handlersize must be a map from setting names to values"},
		{"settings:\n  handlersize:\n    max-statements:\n", "f.yml:3: handlersize.max-statements has no value"},
		{"settings:\n  handlersize:\n    max-statements: {a: 1}\n", "f.yml:3: handlersize.max-statements must be a scalar or a list of scalars"},
		{"settings:\n  handlersize:\n    names: [a, [b]]\n", "f.yml:3: handlersize.names: list items must be scalars"},
		{"exclude: gen/**\n", "f.yml:1: exclude must be a list"},
		{"exclude:\n  - \"gen/[\"\n", `f.yml:2: exclude: bad pattern "gen/[": syntax error in pattern`},
		{"exclude:\n  - /abs/**\n", `f.yml:2: exclude: bad pattern "/abs/**": must be relative to the configuration file`},
		{"checks:\n  enable: [a\n", "f.yml:1: did not find expected ',' or ']'"}, // where the YAML package places it
		{"checks:\n\tenable: [a]\n", "f.yml:2: found character that cannot start any token"},
		{"checks: {}\nchecks: {}\n", `f.yml:2: duplicate key "checks" (first at line 1)`},
		{"settings:\n  a: {x: 1}\n  b: {x: 1, x: 2}\n", `f.yml:3: duplicate key "x" (first at line 3)`},
		{"checks: {}\n---\nchecks: {}\n", "f.yml:2: more than one YAML document"},
	} {
		_, err := Parse("f.yml", []byte(tt.src))
		if assert.Error(t, err, tt.src) {
			assert.Equal(t, tt.want, err.Error(), tt.src)
		}
	}
}

func TestExcluded(t *testing.T) {
	c := &Config{Path: "/repo/.fnlint.yml", Exclude: []Glob{{Pattern: "gen/**"}, {Pattern: "**/*_mock.go"}, {Pattern: "api/v?/doc.go"}}}
	for name, want := range map[string]bool{
		"/repo/gen/x.go":           true,
		"/repo/gen/a/b/c.go":       true,
		"/repo/generated/x.go":     false,
		"/repo/store_mock.go":      true,
		"/repo/a/b/store_mock.go":  true,
		"/repo/a/b/store_mocks.go": false,
		"/repo/api/v1/doc.go":      true,
		"/repo/api/v10/doc.go":     false,
		"/repo/api/v1/x/doc.go":    false,
		"/other/gen/x.go":          false,
		"/repo/../gen/x.go":        false,
	} {
		assert.Equal(t, want, c.Excluded(name), name)
	}
}

func TestFind(t *testing.T) {
	root := t.TempDir()
	deep := filepath.Join(root, "a", "b", "c")
	require.NoError(t, os.MkdirAll(deep, 0o755))

	got, err := Find(deep)
	require.NoError(t, err)
	// Nothing in the temporary tree; a file above it, if any, is outside
	// the test's control.
	if got != "" {
		assert.NotContains(t, got, root)
	}

	cfg := filepath.Join(root, "a", FileName)
	require.NoError(t, os.WriteFile(cfg, []byte("checks: {}\n"), 0o644))
	got, err = Find(deep)
	require.NoError(t, err)
	assert.Equal(t, cfg, got)

	nearer := filepath.Join(root, "a", "b", FileName)
	require.NoError(t, os.WriteFile(nearer, nil, 0o644))
	got, err = Find(deep)
	require.NoError(t, err)
	assert.Equal(t, nearer, got)

	// A directory with the name does not count.
	require.NoError(t, os.Mkdir(filepath.Join(deep, FileName), 0o755))
	got, err = Find(deep)
	require.NoError(t, err)
	assert.Equal(t, nearer, got)

	c, err := Load(nearer)
	require.NoError(t, err)
	assert.Equal(t, nearer, c.Path)
	_, err = Load(filepath.Join(root, "missing.yml"))
	assert.ErrorIs(t, err, fs.ErrNotExist)
	assert.ErrorContains(t, err, filepath.Join(root, "missing.yml"), "the error names the file")
}
