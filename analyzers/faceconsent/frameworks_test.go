package faceconsent_test

import (
	"testing"

	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/facelint/facelint/analyzers/faceconsent"
)

// TestFrameworks covers the web frameworks' request binding, uploads,
// routes and middleware: a capture in a handler with no consent
// middleware is reported at the bind or upload; its twin, behind consent
// middleware applied the framework's way (Use, groups, route-level
// middleware, wrappers), is not.
func TestFrameworks(t *testing.T) {
	analysistest.Run(t, testdata, faceconsent.Analyzer,
		"webconsent/ginapp", "webconsent/echoapp", "webconsent/fiberapp", "webconsent/fiber3app",
		"webconsent/chiapp", "webconsent/muxapp", "webconsent/hertzapp", "webconsent/gozeroapp", "webconsent/gozerosvc/...", "webconsent/kratosapp",
		"webconsent/grpcapp", "webconsent/connectapp",
		"webconsent/gatewayapp", "webconsent/swaggestapp", "webconsent/telegramapp")
}
