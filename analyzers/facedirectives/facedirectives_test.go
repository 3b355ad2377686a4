package facedirectives_test

import (
	"path/filepath"
	"testing"

	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/facelint/facelint/analyzers/facedirectives"
)

var testdata, _ = filepath.Abs("../../testdata")

func TestDirectives(t *testing.T) {
	analysistest.Run(t, testdata, facedirectives.Analyzer, "directives/app")
}
