package lsp

import (
	"strings"

	"github.com/facelint/facelint/rules"
)

// source is the Diagnostic.Source of facelint's diagnostics.
const source = "facelint"

// diagnostic converts a diagnostic of go vet -json. The message drops the
// "[FRxxx] " prefix: the rule ID is the diagnostic's code. The severity
// and the documentation link come from the rule set in force.
func diagnostic(d vetDiagnostic, cfg *configuration, src sources) Diagnostic {
	start, _ := parsePosn(d.Posn)
	end, _ := parsePosn(d.End)
	out := Diagnostic{
		Range:    src.rangeOf(start, end),
		Severity: severity(cfg.rules, d.Category),
		Code:     d.Category,
		Source:   source,
		Message:  strings.TrimPrefix(d.Message, "["+d.Category+"] "),
	}
	if r := cfg.rules.Rule(d.Category); r != nil && r.Docs != "" {
		out.CodeDescription = &CodeDescription{Href: r.Docs}
	}
	for _, r := range d.Related {
		start, ok := parsePosn(r.Posn)
		if !ok {
			continue
		}
		end, _ := parsePosn(r.End)
		out.RelatedInformation = append(out.RelatedInformation, DiagnosticRelatedInformation{
			Location: Location{URI: pathToURI(start.file), Range: src.rangeOf(start, end)},
			Message:  r.Message,
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
