package faceretention_test

import (
	"path/filepath"
	"testing"

	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/facelint/facelint/analyzers/faceretention"
)

var testdata, _ = filepath.Abs("../../testdata")

func TestFR104(t *testing.T) { analysistest.Run(t, testdata, faceretention.Analyzer, "fr104") }

func TestFR105(t *testing.T) { analysistest.Run(t, testdata, faceretention.Analyzer, "fr105") }

func TestCrossPackage(t *testing.T) {
	analysistest.Run(t, testdata, faceretention.Analyzer, "retentionx/app")
}
