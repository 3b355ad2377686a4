package facetaint_test

import (
	"go/token"
	"os"
	"strconv"
	"strings"
	"testing"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/checker"

	"github.com/facelint/facelint/analyzers/facetaint"
)

// TestInventoryData checks what the Result holds for the inventory beside
// the findings: every face verification, the ones whose failing branch
// falls back to an alternative included, and the routes the package
// registers.
func TestInventoryData(t *testing.T) {
	res, fset := engineResult(t, "fr301")
	lineOf := lineFinder(t, "fr301/fr301.go")
	type verification struct {
		verifier string
		denies   bool
		alt      bool
	}
	calls := map[int]verification{}
	for _, v := range res.VerifierCalls {
		calls[fset.Position(v.Pos).Line] = verification{v.Verifier, v.Deny != "", v.Alternative}
	}
	denying := map[int]bool{}
	for _, v := range res.Verifications {
		denying[fset.Position(v.Pos).Line] = true
	}
	for _, c := range []struct {
		fn   string
		call string
		want verification
	}{
		{"faceOnlyLogin", "matchFace(", verification{"fr301.matchFace", true, false}},
		{"withFallback", "matchFace(", verification{"fr301.matchFace", false, true}},
		{"faceLogin", "matchFace(", verification{"fr301.matchFace", true, true}},
		{"audit", "matchFace(", verification{"fr301.matchFace", false, false}},
		{"turnstile", "verifyFace(", verification{"fr301.verifyFace", true, false}},
	} {
		line := lineOf(c.fn, c.call)
		got, ok := calls[line]
		switch {
		case !ok:
			t.Errorf("%s: the call of %s on line %d is not in VerifierCalls", c.fn, c.want.verifier, line)
		case got != c.want:
			t.Errorf("%s: VerifierCalls has %+v, want %+v", c.fn, got, c.want)
		case denying[line] != c.want.denies:
			t.Errorf("%s: in Verifications = %v, want %v (only denials are)", c.fn, denying[line], c.want.denies)
		}
	}
	if line := lineOf("verifyFace", "matchFace("); calls[line] != (verification{}) {
		t.Errorf("verifyFace passes its decision on, its call of matchFace is listed: %+v", calls[line])
	}
	var routes []string
	for _, r := range res.Routes {
		routes = append(routes, r.Pattern+" "+r.Handler)
	}
	if got, want := strings.Join(routes, "; "), "/login/face fr301.faceLogin; /login/otp fr301.otpLogin"; got != want {
		t.Errorf("Routes = %s, want %s", got, want)
	}
}

// TestCoveringChecks checks that a capture names the checks that cover
// it: the consent check called before it, and a guardian-consent check,
// which covers consent too.
func TestCoveringChecks(t *testing.T) {
	res, fset := engineResult(t, "fr202")
	lineOf := lineFinder(t, "fr202/fr202.go")
	type checks struct{ consent, guardian string }
	got := map[int]checks{}
	line := func(pos token.Pos) string {
		if !pos.IsValid() {
			return "-"
		}
		return strconv.Itoa(fset.Position(pos).Line)
	}
	for _, c := range res.Captures {
		got[fset.Position(c.Pos).Line] = checks{c.ConsentCheck + "@" + line(c.ConsentPos), c.GuardianCheck + "@" + line(c.GuardianPos)}
	}
	for _, c := range []struct {
		fn   string
		want checks
	}{
		{"enroll", checks{"fr202.consent@" + strconv.Itoa(lineOf("enroll", "consent(c)")), "@-"}},
		{"enrollGuardian", checks{
			"fr202.guardianApproved@" + strconv.Itoa(lineOf("enrollGuardian", "guardianApproved(c)")),
			"fr202.guardianApproved@" + strconv.Itoa(lineOf("enrollGuardian", "guardianApproved(c)")),
		}},
	} {
		capture := lineOf(c.fn, "cam.Read(")
		if g, ok := got[capture]; !ok || g != c.want {
			t.Errorf("capture in %s (line %d): checks %+v, want %+v", c.fn, capture, g, c.want)
		}
	}
}

// engineResult runs facetaint on a package of testdata and returns its
// result.
func engineResult(t *testing.T, pkg string) (*facetaint.Result, *token.FileSet) {
	t.Helper()
	graph, err := checker.Analyze([]*analysis.Analyzer{facetaint.Analyzer}, loadGOPATH(t, testdata, pkg), nil)
	if err != nil {
		t.Fatal(err)
	}
	act := graph.Roots[0]
	if act.Err != nil {
		t.Fatal(act.Err)
	}
	return act.Result.(*facetaint.Result), act.Package.Fset
}

// lineFinder reads a file of testdata/src and returns a function that
// gives the line of the first text what after the declaration of the
// function fn.
func lineFinder(t *testing.T, file string) func(fn, what string) int {
	t.Helper()
	src, err := os.ReadFile(testdata + "/src/" + file)
	if err != nil {
		t.Fatal(err)
	}
	text := string(src)
	return func(fn, what string) int {
		t.Helper()
		i := strings.Index(text, "func "+fn+"(")
		j := -1
		if i >= 0 {
			j = strings.Index(text[i:], what)
		}
		if j < 0 {
			t.Fatalf("no %s in %s of %s", what, fn, file)
		}
		return strings.Count(text[:i+j], "\n") + 1
	}
}
