// Package sarifcheck checks that a SARIF log is one GitHub code scanning
// accepts and can show: valid against the SARIF 2.1.0 schema (OASIS errata
// 01), with the properties GitHub requires and within its limits, with a
// tool version, and with every location a real position in a file named
// by a relative, percent-encoded URI.
//
// It is used by tests and by the scripts/sarifcheck command, never by the
// facelint binary, which needs no schema validator.
package sarifcheck

import (
	_ "embed"
	"encoding/json"
	"fmt"
	"net/url"
	"strconv"
	"strings"

	"github.com/xeipuuv/gojsonschema"
)

//go:embed sarif-schema-2.1.0.json
var schema string

// Check returns the problems of a SARIF log, or none.
func Check(data []byte) []string {
	res, err := gojsonschema.Validate(gojsonschema.NewStringLoader(schema), gojsonschema.NewBytesLoader(data))
	if err != nil {
		return []string{fmt.Sprintf("not a SARIF log: %v", err)}
	}
	var problems []string
	for _, e := range res.Errors() {
		problems = append(problems, "schema: "+e.String())
	}
	var log sarifLog
	if err := json.Unmarshal(data, &log); err != nil {
		return append(problems, fmt.Sprintf("not a SARIF log: %v", err))
	}
	c := checker{problems: problems}
	c.log(&log, data)
	return c.problems
}

// The parts of a log that the GitHub checks read.
type (
	sarifLog struct {
		Schema  string `json:"$schema"`
		Version string
		Runs    []run
	}
	run struct {
		Tool struct {
			Driver struct {
				Name, Version string
				Rules         []rule
			}
		}
		OriginalURIBaseIDs map[string]artifactLocation `json:"originalUriBaseIds"`
		Invocations        []struct {
			ExecutionSuccessful        *bool
			ToolExecutionNotifications []struct {
				Message   struct{ Text string }
				Locations []location
			}
		}
		Results []result
	}
	rule struct {
		ID, Name                          string
		ShortDescription, FullDescription struct{ Text string }
		Help                              struct{ Text, Markdown string }
		DefaultConfiguration              struct{ Level string }
		Properties                        map[string]any
	}
	result struct {
		RuleID              string
		RuleIndex           *int
		Level               string
		Message             struct{ Text string }
		Locations           []location
		RelatedLocations    []location
		PartialFingerprints map[string]string
		CodeFlows           []struct {
			ThreadFlows []struct {
				Locations []struct{ Location location }
			}
		}
	}
	location struct {
		PhysicalLocation *struct {
			ArtifactLocation artifactLocation
			Region           *struct {
				StartLine, StartColumn, EndLine, EndColumn int
			}
		}
	}
	artifactLocation struct {
		URI       string
		URIBaseID string `json:"uriBaseId"`
	}
)

type checker struct {
	problems []string
}

func (c *checker) errorf(format string, args ...any) {
	c.problems = append(c.problems, fmt.Sprintf(format, args...))
}

var levels = map[string]bool{"error": true, "warning": true, "note": true, "none": true}

func (c *checker) log(log *sarifLog, data []byte) {
	if log.Schema == "" || log.Version != "2.1.0" || len(log.Runs) == 0 {
		c.errorf("$schema %q, version %q, %d runs: want a schema, 2.1.0 and runs", log.Schema, log.Version, len(log.Runs))
	}
	if len(log.Runs) > 20 {
		c.errorf("%d runs: GitHub takes at most 20", len(log.Runs))
	}
	if !strings.Contains(string(data), `"results"`) {
		c.errorf("results is missing: GitHub requires it, even empty")
	}
	for i := range log.Runs {
		c.run(fmt.Sprintf("run %d", i), &log.Runs[i])
	}
}

func (c *checker) run(where string, r *run) {
	d := r.Tool.Driver
	if d.Name == "" {
		c.errorf("%s: tool.driver.name is empty", where)
	}
	if d.Version == "" {
		c.errorf("%s: tool.driver.version is not set", where)
	}
	for id, base := range r.OriginalURIBaseIDs {
		if u, err := url.Parse(base.URI); err != nil || u.Scheme != "file" || !strings.HasSuffix(base.URI, "/") {
			c.errorf("%s: originalUriBaseIds.%s = %q: want a file URI ending in /", where, id, base.URI)
		}
	}
	for _, rl := range d.Rules {
		c.rule(where, rl)
	}
	if len(r.Results) > 25000 {
		c.errorf("%s: %d results: GitHub takes at most 25000", where, len(r.Results))
	}
	for i, res := range r.Results {
		w := fmt.Sprintf("%s, result %d (%s)", where, i, res.RuleID)
		if res.RuleIndex != nil && (*res.RuleIndex < 0 || *res.RuleIndex >= len(d.Rules) || d.Rules[*res.RuleIndex].ID != res.RuleID) {
			c.errorf("%s: ruleIndex %d does not point at the rule", w, *res.RuleIndex)
		}
		if res.Message.Text == "" || len(res.Locations) == 0 || res.PartialFingerprints["primaryLocationLineHash"] == "" || res.Level != "" && !levels[res.Level] {
			c.errorf("%s: lacks a message, a location, a primaryLocationLineHash or a valid level", w)
		}
		if len(res.Locations) > 10 || len(res.RelatedLocations) > 1000 {
			c.errorf("%s: too many locations", w)
		}
		for _, l := range res.Locations {
			c.location(w+", location", r, l)
		}
		for _, l := range res.RelatedLocations {
			c.location(w+", related location", r, l)
		}
		for _, f := range res.CodeFlows {
			for _, t := range f.ThreadFlows {
				if len(t.Locations) > 10000 {
					c.errorf("%s: a thread flow of %d locations", w, len(t.Locations))
				}
				for _, l := range t.Locations {
					c.location(w+", code flow step", r, l.Location)
				}
			}
		}
	}
	for _, inv := range r.Invocations {
		if inv.ExecutionSuccessful == nil {
			c.errorf("%s: invocation without executionSuccessful", where)
		}
		for _, n := range inv.ToolExecutionNotifications {
			if n.Message.Text == "" {
				c.errorf("%s: a notification without a message", where)
			}
			for _, l := range n.Locations {
				c.location(where+", notification", r, l)
			}
		}
	}
}

func (c *checker) rule(where string, r rule) {
	w := fmt.Sprintf("%s, rule %q", where, r.ID)
	switch {
	case r.ID == "", r.ShortDescription.Text == "", r.FullDescription.Text == "", r.Help.Text == "":
		c.errorf("%s: lacks an id, a short or full description, or help text", w)
	case len(r.ShortDescription.Text) > 1024 || len(r.FullDescription.Text) > 1024 || len(r.Name) > 255:
		c.errorf("%s: a description or the name is too long", w)
	case r.DefaultConfiguration.Level != "" && !levels[r.DefaultConfiguration.Level]:
		c.errorf("%s: level %q", w, r.DefaultConfiguration.Level)
	}
	if tags, _ := r.Properties["tags"].([]any); len(tags) > 20 {
		c.errorf("%s: %d tags, GitHub takes at most 20", w, len(tags))
	}
	if s, ok := r.Properties["security-severity"]; ok {
		str, _ := s.(string)
		if x, err := strconv.ParseFloat(str, 64); err != nil || x < 0.1 || x > 10 {
			c.errorf("%s: security-severity %v", w, s)
		}
	}
}

// location checks that l is a real position in a file named by a
// relative, percent-encoded URI, against a base the run defines.
func (c *checker) location(where string, r *run, l location) {
	p := l.PhysicalLocation
	if p == nil {
		c.errorf("%s: no physical location", where)
		return
	}
	uri := p.ArtifactLocation.URI
	u, err := url.Parse(uri)
	switch {
	case uri == "":
		c.errorf("%s: empty URI", where)
	case err != nil:
		c.errorf("%s: URI %q: %v", where, uri, err)
	case u.Scheme != "" || strings.HasPrefix(uri, "/"):
		c.errorf("%s: URI %q is absolute: code scanning needs paths relative to the repository root", where, uri)
	case strings.Contains(uri, `\`) || strings.ContainsAny(uri, " \t") || strings.HasPrefix(uri, "../") || uri == "..":
		c.errorf("%s: URI %q is not a percent-encoded path inside the repository", where, uri)
	}
	if base := p.ArtifactLocation.URIBaseID; base != "" {
		if _, ok := r.OriginalURIBaseIDs[base]; !ok {
			c.errorf("%s: uriBaseId %q is not defined in originalUriBaseIds", where, base)
		}
	}
	reg := p.Region
	switch {
	case reg == nil:
		c.errorf("%s: %s has no region", where, uri)
	case reg.StartLine < 1:
		c.errorf("%s: %s has start line %d: not a real position", where, uri, reg.StartLine)
	case reg.StartColumn < 0 || reg.EndLine != 0 && reg.EndLine < reg.StartLine ||
		reg.EndLine == reg.StartLine && reg.EndColumn != 0 && reg.EndColumn <= reg.StartColumn:
		c.errorf("%s: %s has a bad region %+v", where, uri, *reg)
	}
}
