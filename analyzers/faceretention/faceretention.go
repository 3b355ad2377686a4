package faceretention

import (
	_ "embed"

	"golang.org/x/tools/go/analysis"

	"github.com/facelint/facelint/analyzers/facetaint"
	"github.com/facelint/facelint/analyzers/internal/report"
	"github.com/facelint/facelint/internal/analyzerdoc"
	"github.com/facelint/facelint/rules"
)

//go:embed doc.go
var doc string

// Analyzer reports FR104 and FR105.
var Analyzer = &analysis.Analyzer{
	Name:     "faceretention",
	Doc:      analyzerdoc.MustExtract(doc, "faceretention"),
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
	extracted := map[string]*facetaint.Flow{} // origin -> first extraction
	for _, f := range res.Flows {
		if f.Kind == facetaint.KindExtract {
			if key := originKey(f); extracted[key] == nil {
				extracted[key] = f
			}
		}
	}
	for _, f := range res.Flows {
		if rules.SinkKind(f.Kind) != rules.SinkStorage || f.DestOnly {
			continue
		}
		key := originKey(f)
		vars := map[string]string{"data": f.Data(), "source": f.Origin.Desc, "sink": f.Sink}
		if x := extracted[key]; x != nil && f.Label == string(rules.LabelImage) {
			vars["extractor"] = x.Sink
			related := r.FlowPath(f, "persisted by")
			related = append(related, r.Path([]facetaint.PathStep{{Pos: x.Pos, Posn: x.SinkPosn, Desc: "the same image goes to " + x.Sink}}, f.Pos)...)
			r.Report(report.Finding{Rule: "FR104", Pos: f.Pos, Vars: vars, Related: related, Ignored: f.Ignored})
		}
		if f.Unbounded {
			r.Report(report.Finding{Rule: "FR105", Pos: f.Pos, Vars: vars, Related: r.FlowPath(f, "stored with no expiry by"), Ignored: f.Ignored})
		}
	}
	return nil, nil
}

func originKey(f *facetaint.Flow) string { return f.Origin.Posn + "|" + f.Origin.Desc }
