package cli

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/tools/go/analysis/checker"

	"github.com/fnlint/fnlint/internal/sarif"
	"github.com/fnlint/fnlint/internal/sarif/sariftest"
)

// TestJSONIsGoVetShape checks -json against the go vet JSON that x/tools
// itself prints for the same action graph (checker.Graph.PrintJSON, the
// printer of unitchecker and multichecker).
func TestJSONIsGoVetShape(t *testing.T) {
	var want bytes.Buffer
	cmd := &Command{Checks: testChecks, Dir: fixture(t), AfterAnalyze: func(g *checker.Graph) {
		require.NoError(t, g.PrintJSON(&want))
	}}
	out := runCmd(t, cmd, "-json", "./boom", "./boompass", "./clean")
	require.Equal(t, ExitFindings, out.code, out.stderr)
	assert.JSONEq(t, want.String(), out.stdout)
	assert.Equal(t, want.String(), out.stdout, "same indentation as go vet")
}

func TestJSON(t *testing.T) {
	dir := fixture(t)
	out := runIn(t, dir, "-json", "./api")
	require.Equal(t, ExitFindings, out.code, out.stderr)

	var tree map[string]map[string][]struct {
		Category       string `json:"category"`
		Posn           string `json:"posn"`
		End            string `json:"end"`
		Message        string `json:"message"`
		SuggestedFixes []struct {
			Message string `json:"message"`
			Edits   []struct {
				Filename   string `json:"filename"`
				Start, End int
				New        string `json:"new"`
			} `json:"edits"`
		} `json:"suggested_fixes"`
		Related []struct {
			Posn, End, Message string
		} `json:"related"`
	}
	require.NoError(t, json.Unmarshal([]byte(out.stdout), &tree))
	require.Len(t, tree, 1)
	pkg := tree["example.com/mod/api"]
	require.Len(t, pkg, 2)

	api := filepath.Join(dir, "api", "api.go")
	src := readFile(t, api)
	fix := pkg["handlerfix"]
	require.Len(t, fix, 2)
	hello := fix[0]
	assert.Equal(t, "found", hello.Category)
	assert.Equal(t, api+":8:6", hello.Posn)
	assert.Equal(t, api+":8:11", hello.End)
	assert.Equal(t, "handler Hello found", hello.Message)
	require.Len(t, hello.SuggestedFixes, 1)
	assert.Equal(t, "Document Hello", hello.SuggestedFixes[0].Message)
	edit := hello.SuggestedFixes[0].Edits[0]
	assert.Equal(t, api, edit.Filename)
	assert.Equal(t, strings.Index(src, "func Hello"), edit.Start)
	assert.Equal(t, edit.Start, edit.End)
	assert.Equal(t, "// Handler Hello is checked.\n", edit.New)
	require.Len(t, hello.Related, 1)
	assert.Equal(t, api+":8:11", hello.Related[0].Posn)
	assert.Equal(t, "parameters here", hello.Related[0].Message)

	driver := pkg["fnlint"]
	require.Len(t, driver, 1)
	assert.Equal(t, api+":26:1", driver[0].Posn)
	assert.Contains(t, driver[0].Message, "suppresses nothing")
}

func TestConfigFile(t *testing.T) {
	dir := fixture(t)
	writeConfig := func(s string) {
		t.Helper()
		require.NoError(t, os.WriteFile(filepath.Join(dir, ".fnlint.yml"), []byte(s), 0o644))
	}

	writeConfig("settings:\n  handlerfix:\n    min-statements: 2\n")
	out := runIn(t, dir, "./api", "./boom")
	assert.Equal(t, ExitFindings, out.code, out.stderr)
	assert.Contains(t, out.stdout, "handler Bye found")
	assert.NotContains(t, out.stdout, "handler Hello found")
	assert.NotContains(t, out.stdout, "boom/")

	// The command line beats the file.
	out = runIn(t, dir, "-handlerfix.min-statements=0", "./boom")
	assert.Contains(t, out.stdout, "handler Handle found")

	// The file is found from a subdirectory.
	out = runIn(t, filepath.Join(dir, "boom"), ".")
	assert.Equal(t, ExitClean, out.code, out.stderr)

	writeConfig("checks:\n  disable: [handlerfix]\n  enable: [twin]\n")
	out = runIn(t, dir, "./boom")
	assert.Equal(t, ExitFindings, out.code, out.stderr)
	assert.Equal(t, "boom/boom.go:7:6: handler Handle found (twin)\n\tboom/boom.go:7:12: parameters here\n", out.stdout)
	out = runIn(t, dir, "-disable=twin", "-enable=handlerfix", "./boom")
	assert.Contains(t, out.stdout, "(handlerfix)")
	assert.NotContains(t, out.stdout, "(twin)")

	writeConfig("exclude:\n  - \"api/**\"\n  - boom/*.go\n")
	out = runIn(t, dir, "./api", "./boom", "./boompass")
	assert.Equal(t, ExitFindings, out.code, out.stderr)
	assert.NotContains(t, out.stdout, "api/")
	assert.NotContains(t, out.stdout, "boom/")
	assert.Contains(t, out.stdout, "boompass/boompass.go:7:6")

	// -config names another file, relative to the working directory.
	require.NoError(t, os.WriteFile(filepath.Join(dir, "other.yml"), []byte("checks:\n  disable: [handlerfix]\n"), 0o644))
	out = runIn(t, dir, "-config=other.yml", "./boompass")
	assert.Equal(t, ExitClean, out.code, out.stderr)
}

func TestConfigErrors(t *testing.T) {
	dir := fixture(t)
	cfg := filepath.Join(dir, ".fnlint.yml")
	for _, tt := range []struct{ config, want string }{
		{"checks:\n  enable: [handlerfix]\nsetings: {}\n", cfg + `:3: unknown key "setings" in the configuration (want one of checks, exclude, settings)`},
		{"checks:\n  enable: [nosuch]\n", cfg + `:2: unknown check "nosuch" (checks: handlerfix, twin, boom, needsboom; see 'fnlint help')`},
		{"settings:\n  nosuch:\n    x: 1\n", cfg + `:3: settings for unknown check "nosuch"`},
		{"settings:\n  handlerfix:\n    max: 1\n", cfg + `:3: check handlerfix has no setting "max" (settings: min-statements)`},
		{"settings:\n  handlerfix:\n    min-statements: lots\n", cfg + `:3: invalid value "lots" for handlerfix.min-statements`},
		{"checks: [handlerfix\n", cfg + ":1: did not find expected ',' or ']'"},
	} {
		require.NoError(t, os.WriteFile(cfg, []byte(tt.config), 0o644))
		out := runIn(t, dir, "./clean")
		assert.Equal(t, ExitError, out.code, tt.config)
		assert.Contains(t, out.stderr, "fnlint: config: "+tt.want, tt.config)
	}
	out := runIn(t, dir, "-config=missing.yml", "./clean")
	assert.Equal(t, ExitError, out.code)
	assert.Contains(t, out.stderr, "missing.yml: no such file or directory")
}

func TestSARIF(t *testing.T) {
	dir := fixture(t)
	gitRepo(t, dir) // the fixture module is the root of a work tree
	out := runIn(t, filepath.Join(dir, "api"), "-sarif", ".", "../broken")
	require.Equal(t, ExitError, out.code, "the broken package fails the run")
	require.NoError(t, sariftest.Validate([]byte(out.stdout)))

	var log sarif.Log
	require.NoError(t, json.Unmarshal([]byte(out.stdout), &log))
	run := log.Runs[0]
	var rules []string
	for _, r := range run.Tool.Driver.Rules {
		rules = append(rules, r.ID)
	}
	assert.Equal(t, []string{"handlerfix", "twin", "boom", "needsboom", "fnlint"}, rules)
	assert.Equal(t, "https://example.com/handlerfix", run.Tool.Driver.Rules[0].HelpURI)
	assert.Equal(t, "report handlers", run.Tool.Driver.Rules[0].ShortDescription.Text)

	assert.Equal(t, "file://"+filepath.ToSlash(dir)+"/", run.OriginalURIBaseIDs[sarif.SrcRoot].URI)
	inv := run.Invocations[0]
	assert.False(t, inv.ExecutionSuccessful)
	assert.Equal(t, []string{"-sarif", ".", "../broken"}, inv.Arguments)
	require.Len(t, inv.ToolExecutionNotifications, 1)
	note := inv.ToolExecutionNotifications[0]
	assert.Equal(t, "example.com/mod/broken: undefined: undefinedName", note.Message.Text)
	assert.Equal(t, "broken/broken.go", note.Locations[0].PhysicalLocation.ArtifactLocation.URI)
	assert.Equal(t, &sarif.Region{StartLine: 5, StartColumn: 9}, note.Locations[0].PhysicalLocation.Region)

	byMessage := make(map[string]sarif.Result)
	for _, r := range run.Results {
		byMessage[r.Message.Text] = r
		assert.Equal(t, "api/api.go", r.Locations[0].PhysicalLocation.ArtifactLocation.URI)
		assert.Equal(t, sarif.SrcRoot, r.Locations[0].PhysicalLocation.ArtifactLocation.URIBaseID)
		assert.NotEmpty(t, r.PartialFingerprints[sarif.FingerprintKey])
	}
	assert.Len(t, run.Results, 4, "3 findings and the suppressed one")
	status := byMessage["handler Status found"]
	assert.Equal(t, []sarif.Suppression{{Kind: "inSource", Justification: "the status handler stays as it is"}}, status.Suppressions)
	hello := byMessage["handler Hello found"]
	assert.Empty(t, hello.Suppressions)
	assert.Equal(t, 8, hello.Locations[0].PhysicalLocation.Region.StartLine)
	require.Len(t, hello.Fixes, 1)
	assert.Equal(t, "Document Hello", hello.Fixes[0].Description.Text)

	// Fingerprints survive code moving down.
	api := filepath.Join(dir, "api", "api.go")
	require.NoError(t, os.WriteFile(api, []byte(strings.Replace(readFile(t, api), "package api\n", "package api\n\n\n", 1)), 0o644))
	moved := runIn(t, filepath.Join(dir, "api"), "-sarif", ".")
	var log2 sarif.Log
	require.NoError(t, json.Unmarshal([]byte(moved.stdout), &log2))
	for _, r := range log2.Runs[0].Results {
		before := byMessage[r.Message.Text]
		assert.Equal(t, before.PartialFingerprints, r.PartialFingerprints, r.Message.Text)
		assert.Equal(t, before.Locations[0].PhysicalLocation.Region.StartLine+2, r.Locations[0].PhysicalLocation.Region.StartLine)
	}
	assert.True(t, log2.Runs[0].Invocations[0].ExecutionSuccessful)
}
