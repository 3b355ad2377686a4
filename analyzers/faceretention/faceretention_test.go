package faceretention_test

import (
	"path/filepath"
	"testing"

	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/facelint/facelint/analyzers/faceretention"
)

var testdata, _ = filepath.Abs("../../testdata")

// TestRetention analyses, in one run: fr104 (raw image kept after
// extraction, encrypted or not), fr105 (zero TTL, no TTL without expire,
// interfaces) and retentionx (sinks in another package, extraction in a
// goroutine).
func TestRetention(t *testing.T) {
	analysistest.Run(t, testdata, faceretention.Analyzer, "fr104", "fr105", "retentionx/app")
}
