package driver

import (
	"go/token"
	"os"
	"path/filepath"
	"testing"

	"github.com/facelint/facelint/internal/sarif"
)

func TestTokenEnd(t *testing.T) {
	tests := []struct {
		line string
		col  int
		want int
	}{
		{"\tlog.Printf(\"%x\", b)", 2, 5},   // log
		{"\tlog.Printf(\"%x\", b)", 6, 12},  // Printf
		{"\tlog.Printf(\"%x\", b)", 12, 13}, // (
		{"\tlog.Printf(\"%x\", b)", 13, 17}, // "%x"
		{"\tx := a && b", 4, 6},             // :=
		{"\tx := a && b", 9, 11},            // &&
		{"\tx := a", 3, 4},                  // a blank: no token starts there
		{"\tx := `raw", 7, 11},              // an unterminated raw string
		{"\tx := 1 // c", 9, 10},            // a comment
		{"short", 9, 10},                    // past the end
		{"", 0, 1},                          // no column
	}
	for _, tt := range tests {
		if got := tokenEnd(tt.line, tt.col); got != tt.want {
			t.Errorf("tokenEnd(%q, %d) = %d, want %d", tt.line, tt.col, got, tt.want)
		}
	}
}

func TestUTF16Column(t *testing.T) {
	tests := []struct {
		line string
		col  int
		want int
	}{
		{"abc", 3, 3},
		{`s := "人脸" + x`, 15, 11}, // 人 and 脸 are 3 bytes, 1 code unit each
		{`s := "😀" + x`, 13, 11},  // 😀 is 4 bytes, 2 code units
		{"abc", 9, 9},             // past the end: unchanged
	}
	for _, tt := range tests {
		if got := utf16Column(tt.line, tt.col); got != tt.want {
			t.Errorf("utf16Column(%q, %d) = %d, want %d", tt.line, tt.col, got, tt.want)
		}
	}
}

func TestLocation(t *testing.T) {
	dir := t.TempDir()
	file := filepath.Join(dir, "pkg", "a.go")
	src := "package pkg\r\n\r\nvar 人 = f(1)\r\n"
	if err := os.MkdirAll(filepath.Dir(file), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(file, []byte(src), 0o644); err != nil {
		t.Fatal(err)
	}
	fset := token.NewFileSet()
	tf := fset.AddFile(file, -1, len(src))
	tf.SetLinesForContent([]byte(src))
	at := func(line, col int) token.Pos { return tf.LineStart(line) + token.Pos(col-1) }
	s := newSources(dir)
	tests := []struct {
		name     string
		pos, end token.Pos
		want     sarif.Region
	}{
		// Byte column 11 is f, after the 3 bytes of 人: UTF-16 column 9.
		{"token", at(3, 11), token.NoPos, sarif.Region{StartLine: 3, StartColumn: 9, EndLine: 3, EndColumn: 10}},
		{"range", at(3, 11), at(3, 15), sarif.Region{StartLine: 3, StartColumn: 9, EndLine: 3, EndColumn: 13}},
		{"end before pos", at(3, 11), at(3, 5), sarif.Region{StartLine: 3, StartColumn: 9, EndLine: 3, EndColumn: 10}},
		{"blank", at(3, 10), token.NoPos, sarif.Region{StartLine: 3, StartColumn: 8, EndLine: 3, EndColumn: 9}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			loc, line := s.location(fset, tt.pos, tt.end)
			if loc.Region != tt.want || loc.ArtifactLocation.URI != "pkg/a.go" || line != "var 人 = f(1)" {
				t.Errorf("location = %+v, line %q", loc, line)
			}
		})
	}
}

func TestURI(t *testing.T) {
	s := newSources(filepath.FromSlash("/src/app"))
	tests := []struct{ file, want string }{
		{"/src/app/main.go", "main.go"},
		{"/src/app/cmd/x/x.go", "cmd/x/x.go"},
		{"/src/app2/main.go", "file:///src/app2/main.go"},
		{"/src/..app/main.go", "file:///src/..app/main.go"},
		{"/usr/lib/go/src/log/log.go", "file:///usr/lib/go/src/log/log.go"},
	}
	for _, tt := range tests {
		if got := s.uri(filepath.FromSlash(tt.file)); got != tt.want {
			t.Errorf("uri(%q) = %q, want %q", tt.file, got, tt.want)
		}
	}
}
