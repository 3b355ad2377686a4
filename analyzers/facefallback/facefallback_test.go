package facefallback_test

import (
	"path/filepath"
	"testing"

	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/facelint/facelint/analyzers/facefallback"
)

var testdata, _ = filepath.Abs("../../testdata")

func TestFR301(t *testing.T) { analysistest.Run(t, testdata, facefallback.Analyzer, "fr301") }

func TestCrossPackage(t *testing.T) {
	analysistest.Run(t, testdata, facefallback.Analyzer, "fallbackx/verify", "fallbackx/app")
}
