package faceretention_test

import (
	"testing"

	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/facelint/facelint/analyzers/faceretention"
)

// TestStoresTTL covers FR105 with the key-value stores' models: writes
// whose TTL argument is zero, writes with no TTL of their own and no
// expire call on their key, and their compliant twins.
func TestStoresTTL(t *testing.T) {
	analysistest.Run(t, testdata, faceretention.Analyzer, "storesttl")
}
