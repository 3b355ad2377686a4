package sarif

import (
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"io"
	"net/url"
	"path/filepath"
	"strings"

	"github.com/facelint/facelint/internal/ruledocs"
	"github.com/facelint/facelint/rules"
)

// informationURI is facelint's home page.
const informationURI = "https://github.com/facelint/facelint"

// Finding is a diagnostic to write, with its positions resolved.
type Finding struct {
	Rule     string // rule ID
	Message  string
	Location PhysicalLocation
	// Line is the source text of the line where Location starts; it makes
	// the fingerprint that GitHub uses to follow an alert across commits.
	Line string
	Path []Step // from the source to the sink; may be empty
}

// Step is one step of a finding's path.
type Step struct {
	Location PhysicalLocation
	Message  string
}

// Problem is a problem of the run to record as a tool execution
// notification: a package that was not analysed (an error), or files left
// out (a warning). Location is optional.
type Problem struct {
	Error    bool
	Message  string
	Location *PhysicalLocation
}

// Options are facts about the run that the log records.
type Options struct {
	// Version is facelint's version, e.g. "v1.2.3" or "devel"; required.
	Version string
	// SemanticVersion is the version as a semantic version without a
	// leading "v", or "" when it is not one.
	SemanticVersion string
	// WorkingDir is the absolute directory facelint ran in.
	WorkingDir string
	// Root is the absolute directory that relative URIs are relative to
	// (the SrcRoot base): the repository root.
	Root string
}

// New returns the log of one run of facelint: every rule of set, a result
// for each finding, in order, and a notification for each problem. A
// finding of a rule that is not in set, or whose location is not a real
// position, is an error; path steps without a real position are left out.
// The run is successful when no problem is an error.
func New(set *rules.Set, findings []Finding, problems []Problem, opts Options) (*Log, error) {
	if opts.Version == "" {
		return nil, fmt.Errorf("sarif: no tool version")
	}
	driver := ToolComponent{
		Name:            "facelint",
		InformationURI:  informationURI,
		Version:         opts.Version,
		SemanticVersion: opts.SemanticVersion,
		Rules:           make([]ReportingDescriptor, 0, len(set.Rules)),
	}
	index := map[string]int{}
	for i, r := range set.Rules {
		index[r.ID] = i
		driver.Rules = append(driver.Rules, descriptor(set, r))
	}
	results := make([]Result, 0, len(findings))
	occurrences := map[string]int{}
	for _, f := range findings {
		i, ok := index[f.Rule]
		if !ok {
			return nil, fmt.Errorf("sarif: finding of unknown rule %q: %s", f.Rule, f.Message)
		}
		if !f.Location.Real() {
			return nil, fmt.Errorf("sarif: finding without a position in the repository: %s", f.Message)
		}
		hash := lineHash(f.Rule, f.Line)
		key := f.Location.ArtifactLocation.URI + "\x00" + hash
		occurrences[key]++
		res := Result{
			RuleID:              f.Rule,
			RuleIndex:           i,
			Level:               string(set.Rules[i].Severity),
			Message:             Message{Text: f.Message},
			Locations:           []Location{{PhysicalLocation: f.Location}},
			PartialFingerprints: map[string]string{"primaryLocationLineHash": fmt.Sprintf("%s:%d", hash, occurrences[key])},
		}
		var flow ThreadFlow
		for _, s := range f.Path {
			if !s.Location.Real() {
				continue
			}
			msg := &Message{Text: s.Message}
			res.RelatedLocations = append(res.RelatedLocations, Location{ID: len(res.RelatedLocations) + 1, PhysicalLocation: s.Location, Message: msg})
			flow.Locations = append(flow.Locations, ThreadFlowLocation{Location: Location{PhysicalLocation: s.Location, Message: msg}})
		}
		if len(flow.Locations) > 0 {
			res.CodeFlows = []CodeFlow{{ThreadFlows: []ThreadFlow{flow}}}
		}
		results = append(results, res)
	}
	inv := Invocation{ExecutionSuccessful: true, WorkingDirectory: ArtifactLocation{URI: dirURI(opts.WorkingDir)}}
	for _, p := range problems {
		n := Notification{Level: "warning", Message: Message{Text: p.Message}}
		if p.Error {
			n.Level = "error"
			inv.ExecutionSuccessful = false
		}
		if p.Location != nil && p.Location.Real() {
			n.Locations = []Location{{PhysicalLocation: *p.Location}}
		}
		inv.ToolExecutionNotifications = append(inv.ToolExecutionNotifications, n)
	}
	return &Log{
		Schema:  Schema,
		Version: Version,
		Runs: []Run{{
			Tool:               Tool{Driver: driver},
			OriginalURIBaseIDs: map[string]ArtifactLocation{SrcRoot: {URI: dirURI(opts.Root)}},
			Invocations:        []Invocation{inv},
			Results:            results,
		}},
	}, nil
}

// Real reports whether a location is a real position: a file named by a
// relative URI, and a line.
func (l PhysicalLocation) Real() bool {
	uri := l.ArtifactLocation.URI
	return uri != "" && !strings.HasPrefix(uri, "/") && !strings.Contains(uri, ":") && l.Region.StartLine >= 1
}

// RelativeURI returns the URI of a path relative to the base directory:
// its segments percent-encoded (a colon included, so that the first
// segment cannot read as a scheme), joined by slashes.
func RelativeURI(rel string) string {
	segments := strings.Split(filepath.ToSlash(rel), "/")
	for i, s := range segments {
		segments[i] = escapeSegment(s)
	}
	return strings.Join(segments, "/")
}

// escapeSegment percent-encodes a path segment, keeping RFC 3986's
// unreserved characters and the sub-delimiters that paths allow.
func escapeSegment(s string) string {
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		c := s[i]
		if 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9' || strings.IndexByte("-._~!$&'()*+,;=@", c) >= 0 {
			b.WriteByte(c)
		} else {
			fmt.Fprintf(&b, "%%%02X", c)
		}
	}
	return b.String()
}

// dirURI is the file URI of a directory, ending in a slash.
func dirURI(dir string) string {
	return strings.TrimSuffix(FileURI(dir), "/") + "/"
}

// Write writes the log as indented JSON.
func (l *Log) Write(w io.Writer) error {
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	return enc.Encode(l)
}

// descriptor describes a rule from its metadata.
func descriptor(set *rules.Set, r *rules.Rule) ReportingDescriptor {
	tags := append([]string(nil), r.Tags...)
	for _, c := range r.CWE {
		tags = append(tags, "external/cwe/"+strings.ToLower(c))
	}
	return ReportingDescriptor{
		ID:               r.ID,
		Name:             r.Name,
		ShortDescription: MultiformatMessage{Text: r.Summary},
		FullDescription:  MultiformatMessage{Text: unwrap(r.Description)},
		Help: MultiformatMessage{
			Text:     ruledocs.HelpText(set, r),
			Markdown: ruledocs.Help(set, r),
		},
		HelpURI:              r.Docs,
		DefaultConfiguration: ReportingConfiguration{Enabled: r.Enabled, Level: string(r.Severity)},
		Properties: RuleProperties{
			Tags:             tags,
			Precision:        r.Precision,
			ProblemSeverity:  problemSeverity(r.Severity),
			SecuritySeverity: r.SecuritySeverity,
		},
	}
}

// problemSeverity maps a rule's severity to GitHub's problem.severity.
func problemSeverity(s rules.Severity) string {
	if s == rules.SeverityNote {
		return "recommendation"
	}
	return string(s)
}

// unwrap joins the lines of each paragraph of s.
func unwrap(s string) string {
	paras := strings.Split(strings.TrimSpace(s), "\n\n")
	for i, p := range paras {
		paras[i] = strings.Join(strings.Fields(p), " ")
	}
	return strings.Join(paras, "\n\n")
}

// lineHash hashes a rule ID and a source line with its spaces and tabs
// removed (as github/codeql-action's fingerprints do), so that the hash
// survives re-indentation and lines moving.
func lineHash(rule, line string) string {
	norm := strings.Map(func(r rune) rune {
		if r == ' ' || r == '\t' || r == '\r' {
			return -1
		}
		return r
	}, line)
	sum := sha256.Sum256([]byte(rule + "\x00" + norm))
	return hex.EncodeToString(sum[:8])
}

// FileURI returns the file URI of an absolute path.
func FileURI(path string) string {
	p := filepath.ToSlash(path)
	if !strings.HasPrefix(p, "/") {
		p = "/" + p // a Windows drive letter
	}
	return (&url.URL{Scheme: "file", Path: p}).String()
}
