package faceconsent

import (
	_ "embed"

	"golang.org/x/tools/go/analysis"

	"github.com/facelint/facelint/analyzers/facetaint"
	"github.com/facelint/facelint/analyzers/internal/report"
	"github.com/facelint/facelint/internal/analyzerdoc"
)

//go:embed doc.go
var doc string

// Analyzer reports FR201 and FR202.
var Analyzer = &analysis.Analyzer{
	Name:     "faceconsent",
	Doc:      analyzerdoc.MustExtract(doc, "faceconsent"),
	URL:      "https://github.com/facelint/facelint/blob/main/docs/rules/README.md",
	Run:      run,
	Requires: []*analysis.Analyzer{facetaint.Analyzer},
}

func run(pass *analysis.Pass) (any, error) {
	res := pass.ResultOf[facetaint.Analyzer].(*facetaint.Result)
	if res.Err != nil {
		return nil, res.Err
	}
	r := report.New(pass, res)
	for _, c := range res.Captures {
		vars := map[string]string{"data": c.Data(), "source": c.Desc}
		related := r.Path(c.Path, c.Pos)
		if !c.Guarded {
			rel := related
			for _, g := range c.IgnoredGuards {
				rel = append(rel, analysis.RelatedInformation{Pos: g, Message: "consent is checked here but its result decides nothing"})
			}
			r.Report(report.Finding{Rule: "FR201", Pos: c.Pos, Vars: vars, Related: rel})
		}
		if c.Minor != nil && !c.GuardianGuarded {
			vars["cond"] = c.Minor.Text
			at := c.Minor.Pos
			if !at.IsValid() {
				at = c.Pos // every step has a real position
			}
			rel := append(related, analysis.RelatedInformation{Pos: at, Message: "the person is under 14 here: " + c.Minor.Text})
			r.Report(report.Finding{Rule: "FR202", Pos: c.Pos, Vars: vars, Related: rel})
		}
	}
	return nil, nil
}
