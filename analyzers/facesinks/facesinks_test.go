package facesinks_test

import (
	"path/filepath"
	"testing"

	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/facelint/facelint/analyzers/facesinks"
)

var testdata, _ = filepath.Abs("../../testdata")

// The packages are analysed in one run: each run type-checks the standard
// library from source, and one run keeps the suite fast.

// TestSinks covers each rule with the standard library: fr101 (logs),
// fr102 (network, consent guards), fr103 (storage, encryption), fr106
// (plaintext transport), fr107 (responses); propagation through every kind
// of value; crosspkg (findings from another package's summaries); suppress
// (ignore and nolint directives, at the finding and at a sink in another
// package).
func TestSinks(t *testing.T) {
	analysistest.Run(t, testdata, facesinks.Analyzer,
		"fr101", "fr102", "fr103", "fr106", "fr107", "propagation", "iterators", "meaning", "flows", "crosspkg/app", "suppress/app", "suppress/used")
}

// TestLibraries covers the models of third-party libraries: loggers, cloud
// face APIs, gRPC and websockets, databases and object stores, gin.
func TestLibraries(t *testing.T) {
	analysistest.Run(t, testdata, facesinks.Analyzer, "libs/logging", "libs/network", "libs/storage")
}

// TestFaceAPIs covers face APIs called by plain HTTP (a vendor's URL, a
// face-named path): what a library sends them is face data there.
func TestFaceAPIs(t *testing.T) {
	analysistest.Run(t, testdata, facesinks.Analyzer, "faceapi/vendorlib")
}

// TestEntryPointResponses covers what handlers give back to their
// clients through a framework's response values.
func TestEntryPointResponses(t *testing.T) {
	analysistest.Run(t, testdata, facesinks.Analyzer, "entrypoints/interactorresp")
}
