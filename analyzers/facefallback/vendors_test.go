package facefallback_test

import (
	"testing"

	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/facelint/facelint/analyzers/facefallback"
)

// TestVendors covers the face verifiers of the vendors' SDKs and engines,
// and the non-face checks some of them offer as the other way through.
func TestVendors(t *testing.T) {
	analysistest.Run(t, testdata, facefallback.Analyzer, "vendors/fallback", "vendors/cgofallback")
}
