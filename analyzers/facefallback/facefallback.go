package facefallback

import (
	_ "embed"

	"golang.org/x/tools/go/analysis"

	"github.com/facelint/facelint/analyzers/facetaint"
	"github.com/facelint/facelint/analyzers/internal/report"
	"github.com/facelint/facelint/internal/analyzerdoc"
)

//go:embed doc.go
var doc string

// Analyzer reports FR301.
var Analyzer = &analysis.Analyzer{
	Name:     "facefallback",
	Doc:      analyzerdoc.MustExtract(doc, "facefallback"),
	URL:      "https://github.com/facelint/facelint/blob/main/docs/rules/FR301.md",
	Run:      run,
	Requires: []*analysis.Analyzer{facetaint.Analyzer},
}

func run(pass *analysis.Pass) (any, error) {
	res := pass.ResultOf[facetaint.Analyzer].(*facetaint.Result)
	if res.Err != nil {
		return nil, res.Err
	}
	r := report.New(pass, res)
	for _, v := range res.Verifications {
		if v.Alternative {
			continue
		}
		r.Report(report.Finding{
			Rule: "FR301", Pos: v.Pos, Key: v.Verifier,
			Vars: map[string]string{"verifier": v.Verifier, "deny": v.Deny},
			Related: []analysis.RelatedInformation{
				{Pos: v.Pos, Message: "face verification by " + v.Verifier},
				{Pos: v.DenyPos, Message: "the failing branch " + v.Deny + ", with no alternative verifier"},
			},
		})
	}
	return nil, nil
}
