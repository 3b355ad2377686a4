package faceconsent_test

import (
	"testing"

	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/facelint/facelint/analyzers/faceconsent"
)

// TestVendors covers the face vendors' SDKs and engines: their face APIs,
// detectors and extractors capture the face they process (FR201), unless
// consent was checked first.
func TestVendors(t *testing.T) {
	analysistest.Run(t, testdata, faceconsent.Analyzer, "vendors/consent", "vendors/cgoconsent")
}
