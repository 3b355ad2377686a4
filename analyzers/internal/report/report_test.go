package report

import (
	"go/token"
	"os"
	"path/filepath"
	"testing"

	"golang.org/x/tools/go/analysis"
)

// TestResolveFromDisk checks that path steps in files the pass knows only
// from export data (synthetic one-byte lines, as under go vet) or not at
// all keep their exact line and column, read from the file on disk.
func TestResolveFromDisk(t *testing.T) {
	dir := t.TempDir()
	src := "package lib\n\nfunc F(b []byte) {\n\tsink(b)\n}\n"
	known, unknown := filepath.Join(dir, "known.go"), filepath.Join(dir, "unknown.go")
	for _, name := range []string{known, unknown} {
		if err := os.WriteFile(name, []byte(src), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	fset := token.NewFileSet()
	// What the export data importer makes of known.go: one byte per line.
	synthetic := fset.AddFile(known, -1, 5)
	synthetic.SetLines([]int{0, 1, 2, 3, 4})
	r := New(&analysis.Pass{Fset: fset}, nil)

	for _, posn := range []string{known + ":4:6", unknown + ":3:8", known + ":1:1"} {
		pos := r.Resolve(token.NoPos, posn)
		if got := fset.Position(pos).String(); got != posn {
			t.Errorf("Resolve(%s) = %s", posn, got)
		}
	}

	missing := filepath.Join(dir, "missing.go")
	if pos := r.Resolve(token.NoPos, missing+":4:6"); pos.IsValid() {
		t.Errorf("Resolve of a file neither in the file set nor on disk = %s, want no position", fset.Position(pos))
	}
	fset.AddFile(missing, -1, 5).SetLines([]int{0, 1, 2, 3, 4})
	r = New(&analysis.Pass{Fset: fset}, nil)
	if got, want := fset.Position(r.Resolve(token.NoPos, missing+":4:6")).String(), missing+":4:1"; got != want {
		t.Errorf("Resolve in a synthetic file missing on disk = %s, want the line start %s", got, want)
	}
}
