package driver

import (
	"github.com/facelint/facelint/internal/baseline"
)

// Baseline returns the baseline that accepts the current findings.
func (r *Result) Baseline() *baseline.Baseline {
	return baseline.New(r.baselineFindings())
}

// ApplyBaseline removes the findings that b accepts and counts them in
// Baselined.
func (r *Result) ApplyBaseline(b *baseline.Baseline) {
	match := b.Match(r.baselineFindings())
	kept := r.Findings[:0]
	for i, f := range r.Findings {
		if match[i] {
			r.Baselined++
			continue
		}
		kept = append(kept, f)
	}
	r.Findings = kept
}

// baselineFindings describes the findings as a baseline identifies them.
func (r *Result) baselineFindings() []baseline.Finding {
	out := make([]baseline.Finding, len(r.Findings))
	for i, f := range r.Findings {
		p := f.Fset.Position(f.Diagnostic.Pos)
		out[i] = baseline.Finding{
			Rule:    f.Diagnostic.Category,
			File:    r.src.uri(p.Filename),
			Line:    r.src.line(p.Filename, p.Line),
			Message: f.Diagnostic.Message,
		}
	}
	return out
}
