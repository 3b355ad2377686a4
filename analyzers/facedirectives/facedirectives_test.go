package facedirectives_test

import (
	"path/filepath"
	"testing"

	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/facelint/facelint/analyzers/faceconfig"
	"github.com/facelint/facelint/analyzers/facedirectives"
)

var testdata, _ = filepath.Abs("../../testdata")

// TestDirectives covers malformed directives (FR901) and suppressions that
// suppress nothing (FR902), with FR107 switched off: its suppressions are
// not reported.
func TestDirectives(t *testing.T) {
	setFlag(t, "disable", "FR107")
	analysistest.Run(t, testdata, facedirectives.Analyzer, "directives/app")
}

// TestUsedSuppressions runs facedirectives, and with it every rule
// analyzer, on suppressions that all suppress a finding: none of them is
// reported as FR902.
func TestUsedSuppressions(t *testing.T) {
	analysistest.Run(t, testdata, facedirectives.Analyzer, "suppress/used")
}

// setFlag sets a faceconfig flag for the test.
func setFlag(t *testing.T, name, value string) {
	t.Helper()
	f := faceconfig.Analyzer.Flags.Lookup(name)
	old := f.Value.String()
	if err := f.Value.Set(value); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { f.Value.Set(old) })
}
