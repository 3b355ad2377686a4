package facesinks_test

import (
	"path/filepath"
	"testing"

	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/facelint/facelint/analyzers/facesinks"
)

var testdata, _ = filepath.Abs("../../testdata")

func TestFR101(t *testing.T) { analysistest.Run(t, testdata, facesinks.Analyzer, "fr101") }
