package facetaint_test

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/analysistest"
	"golang.org/x/tools/go/analysis/checker"
	"golang.org/x/tools/go/packages"
	"golang.org/x/tools/go/ssa"

	"github.com/facelint/facelint/analyzers/facedirectives"
	"github.com/facelint/facelint/analyzers/facesinks"
	"github.com/facelint/facelint/analyzers/facetaint"
)

var testdata, _ = filepath.Abs("../../testdata")

// TestSummaries checks the facts exported for a library's functions.
func TestSummaries(t *testing.T) { analysistest.Run(t, testdata, facetaint.Analyzer, "crosspkg/lib") }

// TestInternalError checks that a failure of the engine on one function
// becomes an FR900 diagnostic at that function and does not stop the
// analysis of the others.
func TestInternalError(t *testing.T) {
	reset := facetaint.SetTestPanic(func(fn *ssa.Function) {
		if fn.Name() == "boom" {
			panic("injected failure")
		}
	})
	defer reset()
	got := map[string]string{}
	for _, d := range runChecker(t, testdata, "internalerror") {
		got[d.rule] = d.message
	}
	if msg := got["FR900"]; !strings.Contains(msg, "facelint internal error analysing internalerror.boom: injected failure") {
		t.Errorf("FR900 = %q, want the injected failure", msg)
	}
	if got["FR101"] == "" {
		t.Errorf("no FR101 for fine: the failure on boom stopped the analysis of the package")
	}
}

// finding is a diagnostic of runChecker.
type finding struct{ pkg, rule, message string }

// runChecker runs facedirectives and facesinks, as the drivers do, on the
// packages of a GOPATH directory, and returns their diagnostics.
func runChecker(t *testing.T, gopath string, patterns ...string) []finding {
	t.Helper()
	graph, err := checker.Analyze([]*analysis.Analyzer{facedirectives.Analyzer, facesinks.Analyzer}, loadGOPATH(t, gopath, patterns...), nil)
	if err != nil {
		t.Fatal(err)
	}
	var out []finding
	for act := range graph.All() {
		if act.Err != nil {
			t.Fatalf("%s: %v", act, act.Err)
		}
		if act.IsRoot {
			for _, d := range act.Diagnostics {
				out = append(out, finding{pkg: act.Package.PkgPath, rule: d.Category, message: d.Message})
			}
		}
	}
	return out
}

// loadGOPATH loads packages of a GOPATH directory with their syntax, as
// the drivers give them to the analyzers.
func loadGOPATH(t *testing.T, gopath string, patterns ...string) []*packages.Package {
	t.Helper()
	cfg := &packages.Config{
		Mode: packages.LoadAllSyntax,
		Dir:  gopath,
		Env:  append(os.Environ(), "GOPATH="+gopath, "GO111MODULE=off", "GOFLAGS="),
	}
	pkgs, err := packages.Load(cfg, patterns...)
	if err != nil || packages.PrintErrors(pkgs) > 0 {
		t.Fatalf("load: %v", err)
	}
	return pkgs
}
