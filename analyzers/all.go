// Package analyzers lists facelint's analyzers.
package analyzers

import (
	"golang.org/x/tools/go/analysis"

	"github.com/facelint/facelint/analyzers/faceconsent"
	"github.com/facelint/facelint/analyzers/facedirectives"
	"github.com/facelint/facelint/analyzers/facefallback"
	"github.com/facelint/facelint/analyzers/faceretention"
	"github.com/facelint/facelint/analyzers/facesinks"
)

// All returns the analyzers that report facelint's rules, in rule order.
// Their prerequisites (faceconfig, facetaint) run with them.
func All() []*analysis.Analyzer {
	return []*analysis.Analyzer{
		facesinks.Analyzer,
		faceretention.Analyzer,
		faceconsent.Analyzer,
		facefallback.Analyzer,
		facedirectives.Analyzer,
	}
}
