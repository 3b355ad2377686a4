package facesinks_test

import (
	"path/filepath"
	"testing"

	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/facelint/facelint/analyzers/facesinks"
)

var testdata, _ = filepath.Abs("../../testdata")

func TestFR101(t *testing.T) { analysistest.Run(t, testdata, facesinks.Analyzer, "fr101") }

func TestFR102(t *testing.T) { analysistest.Run(t, testdata, facesinks.Analyzer, "fr102") }

func TestFR103(t *testing.T) { analysistest.Run(t, testdata, facesinks.Analyzer, "fr103") }

func TestFR106(t *testing.T) { analysistest.Run(t, testdata, facesinks.Analyzer, "fr106") }

func TestFR107(t *testing.T) { analysistest.Run(t, testdata, facesinks.Analyzer, "fr107") }

func TestPropagation(t *testing.T) { analysistest.Run(t, testdata, facesinks.Analyzer, "propagation") }

func TestCrossPackage(t *testing.T) {
	analysistest.Run(t, testdata, facesinks.Analyzer, "crosspkg/app")
}

func TestSuppress(t *testing.T) { analysistest.Run(t, testdata, facesinks.Analyzer, "suppress/app") }

func TestLoggers(t *testing.T) { analysistest.Run(t, testdata, facesinks.Analyzer, "libs/logging") }

func TestCloudAndRPC(t *testing.T) { analysistest.Run(t, testdata, facesinks.Analyzer, "libs/network") }

func TestStores(t *testing.T) { analysistest.Run(t, testdata, facesinks.Analyzer, "libs/storage") }
