package facesinks_test

import (
	"testing"

	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/facelint/facelint/analyzers/facesinks"
)

// TestMessaging covers message brokers' producers: publishing face data
// without consent (FR102), and with consent over plaintext transport
// (FR106: plaintext broker URLs, configurations that are plaintext unless
// TLS is enabled, dialers without TLS), silent over TLS.
func TestMessaging(t *testing.T) {
	analysistest.Run(t, testdata, facesinks.Analyzer, "messaging/producers")
}
