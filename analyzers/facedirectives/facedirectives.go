package facedirectives

import (
	"cmp"
	_ "embed"
	"fmt"
	"maps"
	"slices"

	"golang.org/x/tools/go/analysis"

	"github.com/facelint/facelint/analyzers/faceconsent"
	"github.com/facelint/facelint/analyzers/facefallback"
	"github.com/facelint/facelint/analyzers/faceretention"
	"github.com/facelint/facelint/analyzers/facesinks"
	"github.com/facelint/facelint/analyzers/facetaint"
	"github.com/facelint/facelint/analyzers/internal/report"
	"github.com/facelint/facelint/internal/analyzerdoc"
)

//go:embed doc.go
var doc string

// Analyzer reports FR900, FR901 and FR902.
var Analyzer = &analysis.Analyzer{
	Name: "facedirectives",
	Doc:  analyzerdoc.MustExtract(doc, "facedirectives"),
	URL:  "https://github.com/facelint/facelint/blob/main/docs/rules/README.md",
	Run:  run,
	Requires: []*analysis.Analyzer{
		facetaint.Analyzer, facesinks.Analyzer, faceretention.Analyzer, faceconsent.Analyzer, facefallback.Analyzer,
	},
}

func run(pass *analysis.Pass) (any, error) {
	res := pass.ResultOf[facetaint.Analyzer].(*facetaint.Result)
	if res.Err != nil {
		return nil, res.Err
	}
	r := report.New(pass, res)
	for _, m := range res.Malformed {
		rule := "FR901"
		if m.Internal {
			rule = "FR900"
		}
		r.Report(report.Finding{Rule: rule, Pos: m.Pos, Key: m.Problem, Vars: map[string]string{"problem": m.Problem}})
	}
	for _, ig := range sortedIgnores(res) {
		if !ig.Used() && anyEnabled(res, ig.Rules) {
			r.Report(report.Finding{Rule: "FR902", Pos: ig.Pos, Vars: map[string]string{"directive": fmt.Sprint(ig)}})
		}
	}
	return nil, nil
}

// anyEnabled reports whether one of the rules is on: a suppression of
// rules that are all switched off cannot be told stale.
func anyEnabled(res *facetaint.Result, ids []string) bool {
	for _, id := range ids {
		if r := res.Rules.Rule(id); r != nil && r.Enabled {
			return true
		}
	}
	return false
}

func sortedIgnores(res *facetaint.Result) []*facetaint.Ignore {
	out := slices.Collect(maps.Values(res.Ignores))
	slices.SortFunc(out, func(a, b *facetaint.Ignore) int { return cmp.Compare(a.Pos, b.Pos) })
	return out
}
