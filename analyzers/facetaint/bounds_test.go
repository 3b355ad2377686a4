package facetaint_test

import (
	"fmt"
	"slices"
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

// TestCandidateSinksStayWithTheirFunction checks that the sinks reached by
// a possible face image that a function does not give back (a download
// logged and dropped, or only quoted in the error it returns) stay out of
// its summary: a function with more such sinks than a summary holds is no
// internal error (it used to be FR900), and a download that is given back
// and sent to a face API by the caller is still face data at the sinks of
// the callee.
func TestCandidateSinksStayWithTheirFunction(t *testing.T) {
	var b strings.Builder
	b.WriteString(`package dl

import (
	"fmt"
	"io"
	"log"
	"net/http"
)

// Fetch logs a download many times and drops it.
func Fetch(url string) error {
	resp, err := http.Get(url)
	if err != nil {
		return err
	}
	body, _ := io.ReadAll(resp.Body)
	if len(body) == 0 {
		return fmt.Errorf("empty download %q", body)
	}
`)
	for i := 0; i < 300; i++ {
		b.WriteString("\tlog.Println(body)\n")
	}
	b.WriteString(`	return nil
}

// Download logs a download and gives it back.
func Download(url string) []byte {
	resp, err := http.Get(url)
	if err != nil {
		return nil
	}
	body, _ := io.ReadAll(resp.Body)
	log.Println(body)
	return body
}
`)
	app := `package app

import (
	"bytes"
	"net/http"

	"dl"
)

func Detect(url string) {
	_ = dl.Fetch(url)
	img := dl.Download(url)
	http.Post("https://api-cn.faceplusplus.com/facepp/v3/detect", "image/jpeg", bytes.NewReader(img))
}
`
	dir, cleanup, err := analysistest.WriteFiles(map[string]string{"dl/dl.go": b.String(), "app/app.go": app})
	if err != nil {
		t.Fatal(err)
	}
	defer cleanup()
	got := map[string][]string{} // package -> rules of its findings
	for _, d := range runChecker(t, dir, "app", "dl") {
		got[d.pkg] = append(got[d.pkg], d.rule)
	}
	if len(got["dl"]) > 0 {
		t.Errorf("findings in dl, where nothing is known to be a face image: %v", got["dl"])
	}
	if !slices.Contains(got["app"], "FR101") {
		t.Errorf("app: %v, want FR101 for the download that Download logs and Detect sends to a face API", got["app"])
	}
	for p, rules := range got {
		if slices.Contains(rules, "FR900") {
			t.Errorf("%s: internal error: %v", p, rules)
		}
	}
}
