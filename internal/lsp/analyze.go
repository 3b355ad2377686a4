package lsp

import (
	"strings"

	"github.com/facelint/facelint/internal/driver"
	"github.com/facelint/facelint/rules"
)

// source is the Diagnostic.Source of facelint's diagnostics.
const source = "facelint"

// analyzeFunc analyses the package in a directory and returns its
// diagnostics by document URI.
type analyzeFunc func(dir string) (map[string][]Diagnostic, error)

// analyze runs facelint on the package in dir (and its tests when
// opts.Tests is set).
func (opts Options) analyze(dir string) (map[string][]Diagnostic, error) {
	res, err := driver.Analyze(driver.Options{Dir: dir, Patterns: []string{"."}, Tags: opts.Tags, Tests: opts.Tests})
	if err != nil {
		return nil, err
	}
	src := sources{}
	out := map[string][]Diagnostic{}
	for _, f := range res.Findings {
		uri := pathToURI(f.Fset.Position(f.Diagnostic.Pos).Filename)
		out[uri] = append(out[uri], diagnostic(f, res.Rules, src))
	}
	return out, nil
}

// diagnostic converts a finding. The message drops the "[FRxxx] " prefix:
// the rule ID is the diagnostic's code.
func diagnostic(f driver.Finding, set *rules.Set, src sources) Diagnostic {
	d := f.Diagnostic
	out := Diagnostic{
		Range:    src.rangeOf(f.Fset, d.Pos, d.End),
		Severity: severity(set, d.Category),
		Code:     d.Category,
		Source:   source,
		Message:  strings.TrimPrefix(d.Message, "["+d.Category+"] "),
	}
	if d.URL != "" {
		out.CodeDescription = &CodeDescription{Href: d.URL}
	}
	for _, r := range d.Related {
		if !r.Pos.IsValid() {
			continue
		}
		out.RelatedInformation = append(out.RelatedInformation, DiagnosticRelatedInformation{
			Location: Location{
				URI:   pathToURI(f.Fset.Position(r.Pos).Filename),
				Range: src.rangeOf(f.Fset, r.Pos, r.End),
			},
			Message: r.Message,
		})
	}
	return out
}

// severity maps the severity of a rule in the rule set in force to a
// diagnostic severity.
func severity(set *rules.Set, id string) DiagnosticSeverity {
	if r := set.Rule(id); r != nil {
		switch r.Severity {
		case rules.SeverityError:
			return SeverityError
		case rules.SeverityNote:
			return SeverityInformation
		}
	}
	return SeverityWarning
}
