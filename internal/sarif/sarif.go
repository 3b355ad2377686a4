// Package sarif writes facelint's findings as SARIF 2.1.0, in the subset
// that GitHub code scanning reads: one run with every rule of the rule set
// (with help, tags, precision and severities), results with a repo-relative
// primary location, partial fingerprints, related locations and the path of
// each finding as a code flow, and the packages that were not analysed as
// tool execution notifications. Every location is a real position: steps
// of a path without one are left out.
//
// The types are hand-written, as staticcheck does, rather than taken from a
// SARIF library: the linter binary needs a few structs, not a schema
// validator.
package sarif

// Version and Schema identify the format written.
const (
	Version = "2.1.0"
	Schema  = "https://json.schemastore.org/sarif-2.1.0.json"
)

// Log is a SARIF log file (sarifLog).
type Log struct {
	Schema  string `json:"$schema"`
	Version string `json:"version"`
	Runs    []Run  `json:"runs"`
}

// Run is the output of one invocation of facelint.
type Run struct {
	Tool Tool `json:"tool"`
	// OriginalURIBaseIDs gives the absolute location of the base that
	// relative URIs are relative to (SrcRoot: the repository root).
	OriginalURIBaseIDs map[string]ArtifactLocation `json:"originalUriBaseIds,omitempty"`
	Invocations        []Invocation                `json:"invocations"`
	// Results is never omitted: GitHub requires it, even when empty.
	Results []Result `json:"results"`
}

// Tool describes the analysis tool.
type Tool struct {
	Driver ToolComponent `json:"driver"`
}

// ToolComponent is the tool's driver with its rules.
type ToolComponent struct {
	Name            string                `json:"name"`
	InformationURI  string                `json:"informationUri,omitempty"`
	Version         string                `json:"version,omitempty"`
	SemanticVersion string                `json:"semanticVersion,omitempty"`
	Rules           []ReportingDescriptor `json:"rules"`
}

// ReportingDescriptor describes a rule.
type ReportingDescriptor struct {
	ID                   string                 `json:"id"`
	Name                 string                 `json:"name,omitempty"`
	ShortDescription     MultiformatMessage     `json:"shortDescription"`
	FullDescription      MultiformatMessage     `json:"fullDescription"`
	Help                 MultiformatMessage     `json:"help"`
	HelpURI              string                 `json:"helpUri,omitempty"`
	DefaultConfiguration ReportingConfiguration `json:"defaultConfiguration"`
	Properties           RuleProperties         `json:"properties"`
}

// MultiformatMessage is a message in plain text and, optionally, Markdown.
type MultiformatMessage struct {
	Text     string `json:"text"`
	Markdown string `json:"markdown,omitempty"`
}

// ReportingConfiguration is a rule's default configuration.
type ReportingConfiguration struct {
	Enabled bool   `json:"enabled"`
	Level   string `json:"level"` // error, warning or note
}

// RuleProperties is the property bag of a rule, with the properties GitHub
// reads.
type RuleProperties struct {
	Tags             []string `json:"tags,omitempty"`
	Precision        string   `json:"precision,omitempty"`         // very-high, high, medium or low
	ProblemSeverity  string   `json:"problem.severity,omitempty"`  // error, warning or recommendation
	SecuritySeverity string   `json:"security-severity,omitempty"` // "0.1" to "10.0"
}

// Result is one finding.
type Result struct {
	RuleID              string            `json:"ruleId"`
	RuleIndex           int               `json:"ruleIndex"`
	Level               string            `json:"level"`
	Message             Message           `json:"message"`
	Locations           []Location        `json:"locations"`
	PartialFingerprints map[string]string `json:"partialFingerprints"`
	RelatedLocations    []Location        `json:"relatedLocations,omitempty"`
	CodeFlows           []CodeFlow        `json:"codeFlows,omitempty"`
}

// Message is a plain-text message.
type Message struct {
	Text string `json:"text"`
}

// Location is a place in a source file, with an optional message.
type Location struct {
	ID               int              `json:"id,omitempty"` // 0: none; related locations count from 1
	PhysicalLocation PhysicalLocation `json:"physicalLocation"`
	Message          *Message         `json:"message,omitempty"`
}

// PhysicalLocation is a region of a file.
type PhysicalLocation struct {
	ArtifactLocation ArtifactLocation `json:"artifactLocation"`
	Region           Region           `json:"region"`
}

// ArtifactLocation names a file or directory by URI: a percent-encoded
// path relative to the base URIBaseID names, or a file URI.
type ArtifactLocation struct {
	URI       string `json:"uri"`
	URIBaseID string `json:"uriBaseId,omitempty"`
}

// SrcRoot is the base of the URIs of source files: the repository root.
const SrcRoot = "%SRCROOT%"

// Region is a range of text. Lines and columns are 1-based; EndColumn is
// the column after the last character.
type Region struct {
	StartLine   int `json:"startLine"`
	StartColumn int `json:"startColumn"`
	EndLine     int `json:"endLine"`
	EndColumn   int `json:"endColumn"`
}

// CodeFlow is the path of a finding.
type CodeFlow struct {
	ThreadFlows []ThreadFlow `json:"threadFlows"`
}

// ThreadFlow is a sequence of locations, from the source to the sink.
type ThreadFlow struct {
	Locations []ThreadFlowLocation `json:"locations"`
}

// ThreadFlowLocation is one step of a thread flow.
type ThreadFlowLocation struct {
	Location Location `json:"location"`
}

// Invocation describes how facelint ran: whether every package was
// analysed, and what was not.
type Invocation struct {
	ExecutionSuccessful        bool             `json:"executionSuccessful"`
	WorkingDirectory           ArtifactLocation `json:"workingDirectory"`
	ToolExecutionNotifications []Notification   `json:"toolExecutionNotifications,omitempty"`
}

// Notification is a problem of the run itself, such as a package that
// does not load.
type Notification struct {
	Level     string     `json:"level"` // error or warning
	Message   Message    `json:"message"`
	Locations []Location `json:"locations,omitempty"`
}
