package driver_test

import (
	"bytes"
	"testing"

	"github.com/facelint/facelint/internal/driver"
	"github.com/facelint/facelint/internal/testmodule"
)

// TestDeterministicOutput analyses the same module twice and checks that
// each format prints byte-identical output both times: map order and the
// scheduling of analyzers must not show in what facelint prints.
func TestDeterministicOutput(t *testing.T) {
	if testing.Short() {
		t.Skip("loads the standard library twice")
	}
	dir := testmodule.Write(t, "selfies")
	first, second := analyze(t, dir), analyze(t, dir)
	for _, format := range []string{"text", "json", "sarif"} {
		a, b := render(t, first, format), render(t, second, format)
		if !bytes.Equal(a, b) {
			t.Errorf("%s output differs between two runs:\n--- first\n%s\n--- second\n%s", format, a, b)
		}
	}
}

// analyze runs facelint on every package of the module in dir and checks
// that it finds something in more than one package, as the test needs.
func analyze(t *testing.T, dir string) *driver.Result {
	t.Helper()
	res, err := driver.Analyze(driver.Options{Dir: dir, Patterns: []string{"./..."}})
	if err != nil {
		t.Fatal(err)
	}
	pkgs := map[string]bool{}
	for _, f := range res.Findings {
		pkgs[f.Package] = true
	}
	if len(pkgs) < 2 {
		t.Fatalf("findings in %d packages, want at least 2: %v", len(pkgs), res.Findings)
	}
	return res
}

// render returns the findings printed in a format.
func render(t *testing.T, res *driver.Result, format string) []byte {
	t.Helper()
	var b bytes.Buffer
	if err := driver.Print(&b, res, format); err != nil {
		t.Fatalf("printing %s: %v", format, err)
	}
	return b.Bytes()
}
