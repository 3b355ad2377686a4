package faceconsent_test

import (
	"path/filepath"
	"testing"

	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/facelint/facelint/analyzers/faceconsent"
)

var testdata, _ = filepath.Abs("../../testdata")

func TestFR201(t *testing.T) { analysistest.Run(t, testdata, faceconsent.Analyzer, "fr201") }

func TestFR202(t *testing.T) { analysistest.Run(t, testdata, faceconsent.Analyzer, "fr202") }

func TestCrossPackageAndMiddleware(t *testing.T) {
	analysistest.Run(t, testdata, faceconsent.Analyzer, "consentx/app")
}
