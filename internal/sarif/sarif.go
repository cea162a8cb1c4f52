// Package sarif builds SARIF 2.1.0 logs of findings, as code scanning
// services (GitHub, GitLab, Azure DevOps) read them.
//
// The types below are the subset of the SARIF object model that fnlint
// writes. honnef.co/go/tools/sarif was the model, but it lacks what code
// scanning needs from fnlint: full rule descriptions, partial fingerprints
// and originalUriBaseIds.
package sarif

// Version is the SARIF version written.
const Version = "2.1.0"

// SchemaURI is the JSON schema of SARIF 2.1.0 (OASIS errata 01).
const SchemaURI = "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json"

// SrcRoot is the uriBaseId of artifact locations relative to the root of
// the repository.
const SrcRoot = "%SRCROOT%"

// FingerprintKey is the name of fnlint's partial fingerprint.
const FingerprintKey = "fnlint/v1"

// Log is a SARIF log file.
type Log struct {
	Schema  string `json:"$schema"`
	Version string `json:"version"`
	Runs    []Run  `json:"runs"`
}

// Run is one run of one tool.
type Run struct {
	Tool               Tool                        `json:"tool"`
	Invocations        []Invocation                `json:"invocations"`
	OriginalURIBaseIDs map[string]ArtifactLocation `json:"originalUriBaseIds,omitempty"`
	Results            []Result                    `json:"results"`
	ColumnKind         string                      `json:"columnKind"`
}

// Tool describes the analysis tool.
type Tool struct {
	Driver ToolComponent `json:"driver"`
}

// ToolComponent is the tool's driver and its rules.
type ToolComponent struct {
	Name            string                `json:"name"`
	Version         string                `json:"version,omitempty"`
	SemanticVersion string                `json:"semanticVersion,omitempty"`
	InformationURI  string                `json:"informationUri,omitempty"`
	Rules           []ReportingDescriptor `json:"rules"`
}

// ReportingDescriptor is a rule: one check.
type ReportingDescriptor struct {
	ID                   string                    `json:"id"`
	Name                 string                    `json:"name,omitempty"`
	ShortDescription     *MultiformatMessageString `json:"shortDescription,omitempty"`
	FullDescription      *MultiformatMessageString `json:"fullDescription,omitempty"`
	Help                 *MultiformatMessageString `json:"help,omitempty"`
	HelpURI              string                    `json:"helpUri,omitempty"`
	DefaultConfiguration *ReportingConfiguration   `json:"defaultConfiguration,omitempty"`
}

// ReportingConfiguration is the default configuration of a rule.
type ReportingConfiguration struct {
	Enabled bool   `json:"enabled"`
	Level   string `json:"level,omitempty"`
}

// MultiformatMessageString is a text with an optional Markdown form.
type MultiformatMessageString struct {
	Text     string `json:"text"`
	Markdown string `json:"markdown,omitempty"`
}

// Message is the text of a result, a location or a notification.
type Message struct {
	Text string `json:"text"`
}

// Result is one finding.
type Result struct {
	RuleID              string            `json:"ruleId"`
	RuleIndex           int               `json:"ruleIndex"`
	Level               string            `json:"level"`
	Message             Message           `json:"message"`
	Locations           []Location        `json:"locations"`
	RelatedLocations    []Location        `json:"relatedLocations,omitempty"`
	PartialFingerprints map[string]string `json:"partialFingerprints,omitempty"`
	Fixes               []Fix             `json:"fixes,omitempty"`
	Suppressions        []Suppression     `json:"suppressions,omitempty"`
}

// Location is a place in a file, with a message for related locations.
type Location struct {
	ID               int               `json:"id,omitempty"`
	PhysicalLocation *PhysicalLocation `json:"physicalLocation,omitempty"`
	Message          *Message          `json:"message,omitempty"`
}

// PhysicalLocation is a region of an artifact.
type PhysicalLocation struct {
	ArtifactLocation ArtifactLocation `json:"artifactLocation"`
	Region           *Region          `json:"region,omitempty"`
}

// ArtifactLocation names a file, relative to a uriBaseId or absolute.
type ArtifactLocation struct {
	URI       string `json:"uri"`
	URIBaseID string `json:"uriBaseId,omitempty"`
}

// Region is a range of text. Columns count UTF-16 code units, from 1.
type Region struct {
	StartLine   int `json:"startLine"`
	StartColumn int `json:"startColumn,omitempty"`
	EndLine     int `json:"endLine,omitempty"`
	EndColumn   int `json:"endColumn,omitempty"`
}

// Fix is a suggested fix.
type Fix struct {
	Description     *Message         `json:"description,omitempty"`
	ArtifactChanges []ArtifactChange `json:"artifactChanges"`
}

// ArtifactChange is the part of a fix in one file.
type ArtifactChange struct {
	ArtifactLocation ArtifactLocation `json:"artifactLocation"`
	Replacements     []Replacement    `json:"replacements"`
}

// Replacement replaces a region with new text.
type Replacement struct {
	DeletedRegion   Region           `json:"deletedRegion"`
	InsertedContent *ArtifactContent `json:"insertedContent,omitempty"`
}

// ArtifactContent is inserted text.
type ArtifactContent struct {
	Text string `json:"text"`
}

// Suppression tells that a result was suppressed in the source.
type Suppression struct {
	Kind          string `json:"kind"`
	Justification string `json:"justification,omitempty"`
}

// Invocation describes the run of the tool.
type Invocation struct {
	ExecutionSuccessful        bool              `json:"executionSuccessful"`
	Arguments                  []string          `json:"arguments,omitempty"`
	WorkingDirectory           *ArtifactLocation `json:"workingDirectory,omitempty"`
	ToolExecutionNotifications []Notification    `json:"toolExecutionNotifications,omitempty"`
}

// Notification is an error of the run: a package that does not load, an
// analyzer that fails.
type Notification struct {
	Level     string     `json:"level"`
	Message   Message    `json:"message"`
	Locations []Location `json:"locations,omitempty"`
}
