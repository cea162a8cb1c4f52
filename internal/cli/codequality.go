package cli

import (
	"encoding/json"
	"fmt"
	"io"
	"net/url"
	"path/filepath"

	"github.com/fnlint/fnlint/internal/sarif"
)

// The types below are GitLab's Code Quality report, a subset of the Code
// Climate engine specification that GitLab reads from the
// artifacts:reports:codequality file of a job
// (https://docs.gitlab.com/ci/testing/code_quality/).

// codeQualityIssue is one finding.
type codeQualityIssue struct {
	Description string              `json:"description"`
	CheckName   string              `json:"check_name"`
	Fingerprint string              `json:"fingerprint"`
	Severity    string              `json:"severity"`
	Location    codeQualityLocation `json:"location"`
}

type codeQualityLocation struct {
	Path  string           `json:"path"`
	Lines codeQualityLines `json:"lines"`
}

type codeQualityLines struct {
	Begin int `json:"begin"`
	End   int `json:"end,omitempty"`
}

// Code Quality severities: GitLab orders them info, minor, major,
// critical, blocker. fnlint's checks have no severity levels of their own,
// so every finding of a check is major; the driver's own findings (unused
// directives) are minor.
const (
	severityCheck  = "major"
	severityDriver = "minor"
)

// printCodeQuality prints the reported findings of res as a GitLab Code
// Quality report. Paths are relative to the root of the Git work tree and
// fingerprints are the partial fingerprints of the SARIF log, so that the
// two reports of one run agree, and an issue keeps its fingerprint when
// code moves up or down.
func (r *run) printCodeQuality(w io.Writer, res *result) error {
	in := r.sarifInput(res, true)
	log := sarif.Build(in)
	issues := []codeQualityIssue{} // [] rather than null: GitLab wants an array
	for i, result := range log.Runs[0].Results {
		if in.Findings[i].Suppressed || len(result.Locations) == 0 || result.Locations[0].PhysicalLocation == nil {
			continue
		}
		loc := result.Locations[0].PhysicalLocation
		issue := codeQualityIssue{
			Description: result.Message.Text,
			CheckName:   result.RuleID,
			Fingerprint: result.PartialFingerprints[sarif.FingerprintKey],
			Severity:    severityCheck,
			Location:    codeQualityLocation{Path: artifactPath(loc.ArtifactLocation)},
		}
		if result.RuleID == driverCheck {
			issue.Severity = severityDriver
		}
		if reg := loc.Region; reg != nil {
			issue.Location.Lines.Begin = reg.StartLine
			if reg.EndLine > reg.StartLine {
				issue.Location.Lines.End = reg.EndLine
			}
		}
		issues = append(issues, issue)
	}
	data, err := json.MarshalIndent(issues, "", "  ")
	if err != nil {
		return err
	}
	_, err = fmt.Fprintf(w, "%s\n", data)
	return err
}

// artifactPath is the file of a SARIF artifact location as a path: the
// relative URI of a file in the repository, or the absolute path of a
// file URI outside it.
func artifactPath(a sarif.ArtifactLocation) string {
	u, err := url.Parse(a.URI)
	if err != nil {
		return a.URI
	}
	return filepath.ToSlash(u.Path)
}
