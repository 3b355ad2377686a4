package facesinks_test

import (
	"testing"

	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/facelint/facelint/analyzers/facesinks"
)

// TestVendors covers the face vendors' SDKs and engines: face data sent to
// their APIs, face images they return, and the identifiers, boxes and
// scores they return, which are not face data.
func TestVendors(t *testing.T) {
	analysistest.Run(t, testdata, facesinks.Analyzer, "vendors/sinks")
}
