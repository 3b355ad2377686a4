package facefallback_test

import (
	"path/filepath"
	"testing"

	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/facelint/facelint/analyzers/facefallback"
)

var testdata, _ = filepath.Abs("../../testdata")

// TestFallback analyses, in one run: fr301 (denials by 401, by error, by
// false; fallbacks in the branch, in the caller, on the same router;
// verifier wrappers) and fallbackx (Rekognition, a verifier from another
// package, gin routers, goroutines).
func TestFallback(t *testing.T) {
	analysistest.Run(t, testdata, facefallback.Analyzer, "fr301", "fallbackx/verify", "fallbackx/app")
}
