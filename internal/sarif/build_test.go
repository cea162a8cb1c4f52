package sarif_test

import (
	"encoding/json"
	"errors"
	"io/fs"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/fnlint/fnlint/internal/sarif"
	"github.com/fnlint/fnlint/internal/sarif/sariftest"
)

const root = "/repo"

var files = map[string]string{
	"/repo/api/handler.go": "package api\n\nfunc Handle() {\n\ts := \"héllo\"; x := 1\n}\n",
	"/repo/api/other.go":   "package api\n\n// moved down\n\nfunc Handle() {\n\ts := \"héllo\"; x := 1\n}\n",
}

func readFile(name string) ([]byte, error) {
	if s, ok := files[name]; ok {
		return []byte(s), nil
	}
	return nil, fs.ErrNotExist
}

func input() sarif.Input {
	return sarif.Input{
		Name:           "fnlint",
		Version:        "v1.2.3",
		InformationURI: "https://github.com/fnlint/fnlint",
		Root:           root,
		WorkingDir:     "/repo/api",
		Args:           []string{"-sarif", "./..."},
		Successful:     false,
		Errors: []sarif.Error{
			{Message: "example.com/broken: broken.go:3:1: undefined: x"},
			{Message: "at a place", Span: &sarif.Span{File: "/repo/api/handler.go", Line: 3, Col: 6}},
		},
		Rules: []sarif.Rule{
			{ID: "handlersize", Summary: "report large handlers", Doc: "report large handlers\n\nMore.", HelpURI: "https://example.com/handlersize", Enabled: true},
			{ID: "slow", Summary: "report slow things", Doc: "report slow things", Enabled: false},
		},
		Findings: []sarif.Finding{
			{
				RuleID: "slow", Category: "sleep", Message: "x is slow",
				Span:    sarif.Span{File: "/repo/api/handler.go", Line: 4, Col: 17, EndLine: 4, EndColumn: 18},
				Related: []sarif.Related{{Span: sarif.Span{File: "/repo/api/handler.go", Line: 3, Col: 6}, Message: "in Handle"}},
				Fixes: []sarif.FixInput{{Message: "Remove x", Edits: []sarif.EditInput{
					{File: "/repo/api/handler.go", Start: 45, End: 51, New: ""},
				}}},
			},
			{RuleID: "handlersize", Category: "statements", Message: "too big", Span: sarif.Span{File: "/repo/api/handler.go", Line: 3, Col: 6}},
			{RuleID: "handlersize", Category: "statements", Message: "too big", Span: sarif.Span{File: "/elsewhere/x.go", Line: 1, Col: 1}},
			{RuleID: "handlersize", Category: "lines", Message: "too long", Span: sarif.Span{File: "/repo/api/handler.go", Line: 3, Col: 6}, Suppressed: true, Justification: "legacy"},
		},
		ReadFile: readFile,
	}
}

func build(t *testing.T, in sarif.Input) (*sarif.Log, []byte) {
	t.Helper()
	log := sarif.Build(in)
	data, err := json.Marshal(log)
	require.NoError(t, err)
	return log, data
}

func TestBuildIsValidSARIF(t *testing.T) {
	_, data := build(t, input())
	require.NoError(t, sariftest.Validate(data))

	empty := input()
	empty.Findings, empty.Errors, empty.Successful = nil, nil, true
	_, data = build(t, empty)
	require.NoError(t, sariftest.Validate(data))
}

func TestValidateRejectsInvalidLogs(t *testing.T) {
	for _, bad := range []string{
		`{"version":"2.1.0"}`,
		`{"version":"2.0.0","runs":[]}`,
		`{"version":"2.1.0","runs":[{"tool":{"driver":{"name":"x"}},"results":[{"message":{"text":"m"},"level":"loud"}]}]}`,
		`{"version":"2.1.0","runs":[{"tool":{"driver":{"name":"x"}},"results":[{"message":{"text":"m"},"locations":[{"physicalLocation":{"region":{"startLine":0}}}]}]}]}`,
	} {
		assert.Error(t, sariftest.Validate([]byte(bad)), bad)
	}
}

func TestBuild(t *testing.T) {
	log, _ := build(t, input())
	assert.Equal(t, "2.1.0", log.Version)
	require.Len(t, log.Runs, 1)
	run := log.Runs[0]

	driver := run.Tool.Driver
	assert.Equal(t, "fnlint", driver.Name)
	assert.Equal(t, "v1.2.3", driver.Version)
	assert.Equal(t, "1.2.3", driver.SemanticVersion)
	require.Len(t, driver.Rules, 2)
	rule := driver.Rules[0]
	assert.Equal(t, "handlersize", rule.ID)
	assert.Equal(t, "report large handlers", rule.ShortDescription.Text)
	assert.Equal(t, "report large handlers\n\nMore.", rule.FullDescription.Text)
	assert.Equal(t, "https://example.com/handlersize", rule.HelpURI)
	assert.True(t, rule.DefaultConfiguration.Enabled)
	assert.False(t, driver.Rules[1].DefaultConfiguration.Enabled)

	assert.Equal(t, map[string]sarif.ArtifactLocation{"%SRCROOT%": {URI: "file:///repo/"}}, run.OriginalURIBaseIDs)
	assert.Equal(t, "utf16CodeUnits", run.ColumnKind)

	require.Len(t, run.Invocations, 1)
	inv := run.Invocations[0]
	assert.False(t, inv.ExecutionSuccessful)
	assert.Equal(t, []string{"-sarif", "./..."}, inv.Arguments)
	assert.Equal(t, "file:///repo/api/", inv.WorkingDirectory.URI)
	require.Len(t, inv.ToolExecutionNotifications, 2)
	assert.Equal(t, "error", inv.ToolExecutionNotifications[0].Level)
	assert.Equal(t, "api/handler.go", inv.ToolExecutionNotifications[1].Locations[0].PhysicalLocation.ArtifactLocation.URI)

	require.Len(t, run.Results, 4)
	slow := run.Results[0]
	assert.Equal(t, "slow", slow.RuleID)
	assert.Equal(t, 1, slow.RuleIndex)
	assert.Equal(t, "warning", slow.Level)
	loc := slow.Locations[0].PhysicalLocation
	assert.Equal(t, sarif.ArtifactLocation{URI: "api/handler.go", URIBaseID: "%SRCROOT%"}, loc.ArtifactLocation)
	// Byte column 17 follows "é" (2 bytes, 1 UTF-16 unit).
	assert.Equal(t, &sarif.Region{StartLine: 4, StartColumn: 16, EndLine: 4, EndColumn: 17}, loc.Region)
	require.Len(t, slow.RelatedLocations, 1)
	assert.Equal(t, 1, slow.RelatedLocations[0].ID)
	assert.Equal(t, "in Handle", slow.RelatedLocations[0].Message.Text)
	require.Len(t, slow.Fixes, 1)
	change := slow.Fixes[0].ArtifactChanges[0]
	assert.Equal(t, "api/handler.go", change.ArtifactLocation.URI)
	assert.Equal(t, sarif.Region{StartLine: 4, StartColumn: 16, EndLine: 4, EndColumn: 22}, change.Replacements[0].DeletedRegion)
	assert.Empty(t, slow.Suppressions)

	outside := run.Results[2]
	assert.Equal(t, sarif.ArtifactLocation{URI: "file:///elsewhere/x.go"}, outside.Locations[0].PhysicalLocation.ArtifactLocation)

	suppressed := run.Results[3]
	assert.Equal(t, []sarif.Suppression{{Kind: "inSource", Justification: "legacy"}}, suppressed.Suppressions)
}

func TestFingerprints(t *testing.T) {
	fp := func(in sarif.Input) []string {
		log, _ := build(t, in)
		var out []string
		for _, r := range log.Runs[0].Results {
			out = append(out, r.PartialFingerprints[sarif.FingerprintKey])
		}
		return out
	}
	in := input()
	first := fp(in)
	assert.Equal(t, first, fp(input()), "fingerprints are deterministic")
	assert.Len(t, first[0], 32)

	// Same rule, category and line text: different fingerprints.
	assert.NotEqual(t, first[1], first[3], "categories differ")
	dup := input()
	dup.Findings = append(dup.Findings, dup.Findings[1])
	fps := fp(dup)
	assert.NotEqual(t, fps[1], fps[4], "a repeated finding is numbered")

	// The code moved down two lines in another file of the same text:
	// only the file changes the fingerprint, not the line.
	moved := input()
	moved.Findings[1].Span.File = "/repo/api/other.go"
	moved.Findings[1].Span.Line = 5
	assert.NotEqual(t, first[1], fp(moved)[1])
	files["/repo/api/handler.go"] = "package api\n\n\n\nfunc Handle() {\n\ts := \"héllo\"; x := 1\n}\n"
	defer func() {
		files["/repo/api/handler.go"] = "package api\n\nfunc Handle() {\n\ts := \"héllo\"; x := 1\n}\n"
	}()
	down := input()
	down.Findings[1].Span.Line = 5
	assert.Equal(t, first[1], fp(down)[1], "moving code keeps the fingerprint")
}

func TestUnreadableFilesKeepByteColumns(t *testing.T) {
	in := input()
	in.ReadFile = func(string) ([]byte, error) { return nil, errors.New("gone") }
	log, data := build(t, in)
	require.NoError(t, sariftest.Validate(data))
	assert.Equal(t, 17, log.Runs[0].Results[0].Locations[0].PhysicalLocation.Region.StartColumn)
}
