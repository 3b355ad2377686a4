package facetaint_test

import (
	"fmt"
	"strings"
	"testing"

	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/facelint/facelint/analyzers/facesinks"
	"github.com/facelint/facelint/analyzers/facetaint"
)

// TestFuncValuesLinear checks that resolving function values through phis
// costs work linear in the size of a function: a function of 2n calls of
// a function value reassigned on a branch before each call (a chain of
// phis) walks at most a little more
// than twice the values of one of n calls (it used to walk the chain of
// phis back from every call: four times as many).
func TestFuncValuesLinear(t *testing.T) {
	steps := func(n int) int64 {
		var b strings.Builder
		b.WriteString("package big // want package:\"analyzed\"\n\nfunc a() {}\nfunc b() {}\n\nfunc big(cond []bool) {\n\tf := a\n")
		for i := 0; i < n; i++ {
			fmt.Fprintf(&b, "\tif cond[%d] {\n\t\tf = b\n\t}\n\tf()\n", i)
		}
		b.WriteString("}\n")
		dir, cleanup, err := analysistest.WriteFiles(map[string]string{"big/big.go": b.String()})
		if err != nil {
			t.Fatal(err)
		}
		defer cleanup()
		before := facetaint.FuncValueSteps()
		analysistest.Run(t, dir, facetaint.Analyzer, "big")
		return facetaint.FuncValueSteps() - before
	}
	small, large := steps(200), steps(400)
	if small == 0 || float64(large) > 2.5*float64(small) {
		t.Errorf("funcValues walked %d values for 200 calls and %d for 400: not linear", small, large)
	}
	if testing.Verbose() {
		t.Logf("funcValues walked %d values for 200 calls, %d for 400", small, large)
	}
}

// TestEverySinkReported checks that no finding of a function is dropped:
// a function with many sinks reports every one (it used to stop at 192).
func TestEverySinkReported(t *testing.T) {
	const n = 250
	var b strings.Builder
	b.WriteString("package many\n\nimport \"log\"\n\n//facelint:source image\nfunc grab() []byte { return nil }\n\nfunc many() {\n\tf := grab()\n")
	for i := 0; i < n; i++ {
		b.WriteString("\tlog.Println(f) // want `FR101`\n")
	}
	b.WriteString("}\n")
	runGenerated(t, map[string]string{"many/many.go": b.String()}, "many")
}

// TestPathBoundUnderRecursion checks that the path of a finding through
// mutually recursive functions stays within its bound however many rounds
// the summaries take.
func TestPathBoundUnderRecursion(t *testing.T) {
	src := `package rec

import "log"

//facelint:source image
func grab() []byte { return nil }

func even(f []byte, n int) []byte {
	if n == 0 {
		return f
	}
	return odd(append([]byte(nil), f...), n-1)
}

func odd(f []byte, n int) []byte {
	if n == 0 {
		return f
	}
	return even(append([]byte(nil), f...), n-1)
}

func run() {
	log.Println(even(grab(), 9)) // want ` + "`FR101`" + `
}
`
	for _, r := range runGenerated(t, map[string]string{"rec/rec.go": src}, "rec") {
		for _, d := range r.Diagnostics {
			if len(d.Related) > maxRelated {
				t.Errorf("%s: %d path steps, more than %d", d.Message, len(d.Related), maxRelated)
			}
		}
	}
}

// maxRelated is the bound on a flow's path: the engine's 24 steps and the
// sink.
const maxRelated = 25

// runGenerated runs facesinks on generated packages.
func runGenerated(t *testing.T, files map[string]string, patterns ...string) []*analysistest.Result {
	t.Helper()
	dir, cleanup, err := analysistest.WriteFiles(files)
	if err != nil {
		t.Fatal(err)
	}
	defer cleanup()
	return analysistest.Run(t, dir, facesinks.Analyzer, patterns...)
}
