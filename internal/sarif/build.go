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

// Options are facts about the run that the log records.
type Options struct {
	// Version is facelint's semantic version without a leading "v", or ""
	// when it is unknown (a development build).
	Version string
	// WorkingDir is the absolute directory that relative URIs are
	// relative to.
	WorkingDir string
}

// New returns the log of one run of facelint: every rule of set, and a
// result for each finding, in order. A finding of a rule that is not in
// set is an error.
func New(set *rules.Set, findings []Finding, opts Options) (*Log, error) {
	driver := ToolComponent{
		Name:            "facelint",
		InformationURI:  informationURI,
		Version:         opts.Version,
		SemanticVersion: opts.Version,
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
		if len(f.Path) > 0 {
			flow := ThreadFlow{Locations: make([]ThreadFlowLocation, len(f.Path))}
			for j, s := range f.Path {
				msg := &Message{Text: s.Message}
				res.RelatedLocations = append(res.RelatedLocations, Location{ID: j + 1, PhysicalLocation: s.Location, Message: msg})
				flow.Locations[j] = ThreadFlowLocation{Location: Location{PhysicalLocation: s.Location, Message: msg}}
			}
			res.CodeFlows = []CodeFlow{{ThreadFlows: []ThreadFlow{flow}}}
		}
		results = append(results, res)
	}
	return &Log{
		Schema:  Schema,
		Version: Version,
		Runs: []Run{{
			Tool:        Tool{Driver: driver},
			Invocations: []Invocation{{ExecutionSuccessful: true, WorkingDirectory: ArtifactLocation{URI: strings.TrimSuffix(FileURI(opts.WorkingDir), "/") + "/"}}},
			Results:     results,
		}},
	}, nil
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
