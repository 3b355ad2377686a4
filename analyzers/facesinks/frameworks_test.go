package facesinks_test

import (
	"testing"

	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/facelint/facelint/analyzers/facesinks"
)

// TestFrameworks covers the web frameworks' responses (FR107) and
// loggers (FR101).
func TestFrameworks(t *testing.T) {
	analysistest.Run(t, testdata, facesinks.Analyzer,
		"webresp/echoapp", "webresp/fiberapp", "webresp/fiber3app",
		"webresp/chiapp", "webresp/hertzapp", "webresp/gozeroapp", "webresp/kratosapp",
		"webresp/grpcapp", "webresp/connectapp")
}
