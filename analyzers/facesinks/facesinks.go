package facesinks

import (
	_ "embed"
	"strings"

	"golang.org/x/tools/go/analysis"

	"github.com/facelint/facelint/analyzers/facetaint"
	"github.com/facelint/facelint/analyzers/internal/report"
	"github.com/facelint/facelint/internal/analyzerdoc"
	"github.com/facelint/facelint/rules"
)

//go:embed doc.go
var doc string

// Analyzer reports FR101, FR102, FR103, FR106 and FR107.
var Analyzer = &analysis.Analyzer{
	Name:     "facesinks",
	Doc:      analyzerdoc.MustExtract(doc, "facesinks"),
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
	for _, f := range res.Flows {
		// One finding per rule and sink call: the first flow found names
		// its source; another source reaching the same call is the same
		// finding.
		vars := map[string]string{"data": f.Data(), "source": f.Origin.Desc, "sink": f.Sink}
		emit := func(rule, verb string) {
			r.Report(report.Finding{Rule: rule, Pos: f.Pos, Vars: vars, Related: r.FlowPath(f, verb), Ignored: f.Ignored})
		}
		switch rules.SinkKind(f.Kind) {
		case rules.SinkLog:
			if !f.DestOnly {
				emit("FR101", "written to a log by")
			}
		case rules.SinkNetwork, rules.SinkThirdParty:
			if !f.DestOnly && !f.Guarded && !f.Consented {
				emit("FR102", "sent by")
			}
			if len(f.Insecure) > 0 {
				var dests []string
				related := r.FlowPath(f, "sent by")
				for _, t := range f.Insecure {
					dests = append(dests, t.Desc)
					related = append(related, r.Path(t.Path, f.Pos)...)
				}
				vars["dest"] = strings.Join(dests, ", ")
				r.Report(report.Finding{Rule: "FR106", Pos: f.Pos, Vars: vars, Related: related, Ignored: f.Ignored})
			}
		case rules.SinkStorage:
			if !f.DestOnly && !f.Encrypted {
				emit("FR103", "persisted by")
			}
		case rules.SinkResponse:
			if !f.DestOnly {
				emit("FR107", "returned to the client by")
			}
		}
	}
	return nil, nil
}
