package plugin

import (
	"go/token"
	"testing"

	"golang.org/x/tools/go/analysis"
)

// TestWithStepPositions checks that a step in another file than the
// finding gets its position, relative to the directory golangci-lint runs
// in, in its message, and that a step in the finding's file does not.
func TestWithStepPositions(t *testing.T) {
	fset := token.NewFileSet()
	finding := fset.AddFile("/src/app/store.go", -1, 100)
	finding.SetLines([]int{0, 10, 20, 30})
	other := fset.AddFile("/src/app/api/upload.go", -1, 100)
	other.SetLines([]int{0, 10, 20, 30})
	d := analysis.Diagnostic{
		Pos: finding.Pos(22),
		Related: []analysis.RelatedInformation{
			{Pos: other.Pos(14), Message: "face image from http.Request.FormFile"},
			{Pos: finding.Pos(22), Message: "written to a log by log.Printf"},
		},
	}
	got := withStepPositions(fset, d, "/src/app")
	if want := "face image from http.Request.FormFile (api/upload.go:2:5)"; got.Related[0].Message != want {
		t.Errorf("step in another file: %q, want %q", got.Related[0].Message, want)
	}
	if want := "written to a log by log.Printf"; got.Related[1].Message != want {
		t.Errorf("step in the finding's file: %q, want %q", got.Related[1].Message, want)
	}
	if d.Related[0].Message != "face image from http.Request.FormFile" {
		t.Error("the original diagnostic was changed")
	}
}
