package facesinks_test

import (
	"testing"

	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/facelint/facelint/analyzers/facesinks"
)

// TestLoggers covers loggers beyond those of TestLibraries: go-kit, logr,
// and the standard library's log and slog (the frameworks' loggers are in
// TestFrameworks).
func TestLoggers(t *testing.T) {
	analysistest.Run(t, testdata, facesinks.Analyzer, "logging/loggers")
}
