package lsp

import (
	"os"
	"path/filepath"
	"testing"
)

func TestTokenEnd(t *testing.T) {
	for _, tc := range []struct {
		line  string
		start int
		want  string
	}{
		{"\tlog.Printf(\"%x\", b)", 1, "log"},
		{"\tlog.Printf(\"%x\", b)", 11, `("%x", b)`},
		{"\tf, _, _ := r.FormFile(\"selfie\")", 22, `("selfie")`},
		{"\tx := m[k]", 7, "[k]"},
		{"\tcall(a,", 5, "(a,"},                   // argument list continues on the next line
		{"\tdb.Set(ctx, \"k\", v, 0)", 13, `"k"`}, // a string literal
		{"\tx := 1 // note", 6, "1"},
		{"\t", 1, ""},
	} {
		end := tokenEnd([]byte(tc.line), tc.start)
		if got := tc.line[tc.start:end]; got != tc.want {
			t.Errorf("token at %d in %q = %q, want %q", tc.start, tc.line, got, tc.want)
		}
	}
}

func TestUTF16Len(t *testing.T) {
	for s, want := range map[string]int{"": 0, "abc": 3, "人脸": 2, "😀x": 3, "\xff": 1} {
		if got := utf16Len([]byte(s)); got != want {
			t.Errorf("utf16Len(%q) = %d, want %d", s, got, want)
		}
	}
}

func TestRangeOf(t *testing.T) {
	src := "package p\r\n\n// 人脸 😀\nvar 照片, x = f(1), 2\n"
	file := filepath.Join(t.TempDir(), "p.go")
	if err := os.WriteFile(file, []byte(src), 0o666); err != nil {
		t.Fatal(err)
	}
	pos := func(line, col int) filePos { return filePos{file, line, col} }
	s := sources{}
	for _, tc := range []struct {
		start, end filePos
		want       Range
	}{
		// "照片" is 6 bytes but 2 UTF-16 units.
		{pos(4, 5), pos(4, 5), Range{Start: Position{3, 4}, End: Position{3, 6}}},
		// the call f(1): from "(" to ")".
		{pos(4, 18), pos(4, 18), Range{Start: Position{3, 13}, End: Position{3, 16}}},
		// an explicit end.
		{pos(4, 1), pos(4, 4), Range{Start: Position{3, 0}, End: Position{3, 3}}},
		// the end of a line that ends in \r\n.
		{pos(1, 9), filePos{}, Range{Start: Position{0, 8}, End: Position{0, 9}}},
		// a comment runs to the end of its line: 3 + 2 + 1 + 2 units.
		{pos(3, 1), pos(3, 1), Range{Start: Position{2, 0}, End: Position{2, 8}}},
	} {
		if got := s.rangeOf(tc.start, tc.end); got != tc.want {
			t.Errorf("rangeOf(%v, %v) = %v, want %v", tc.start, tc.end, got, tc.want)
		}
	}
}

func TestParsePosn(t *testing.T) {
	for posn, want := range map[string]filePos{
		"/a/b.go:3:14":   {"/a/b.go", 3, 14},
		`C:\a\b.go:3:14`: {`C:\a\b.go`, 3, 14},
		"/a/b:c.go:1:1":  {"/a/b:c.go", 1, 1},
	} {
		if got, ok := parsePosn(posn); !ok || got != want {
			t.Errorf("parsePosn(%q) = %v, %v; want %v", posn, got, ok, want)
		}
	}
	for _, posn := range []string{"-", "", "a.go:3", "a.go:x:1", ":1:2", "a.go:0:1"} {
		if got, ok := parsePosn(posn); ok {
			t.Errorf("parsePosn(%q) = %v, want no position", posn, got)
		}
	}
}

func TestURI(t *testing.T) {
	path := filepath.Join(t.TempDir(), "a b", "人脸#1.go")
	uri := pathToURI(path)
	back, err := uriToPath(uri)
	if err != nil || back != path {
		t.Errorf("uriToPath(pathToURI(%q)) = %q, %v (URI %s)", path, back, err, uri)
	}
	if _, err := uriToPath("untitled:Untitled-1"); err == nil {
		t.Error("uriToPath accepted a non-file URI")
	}
}
