package posn

import "testing"

func TestSplit(t *testing.T) {
	type parts struct {
		file      string
		line, col int
	}
	for posn, want := range map[string]parts{
		"a/b.go:12:5":       {"a/b.go", 12, 5},
		"a/b.go:12":         {"a/b.go", 12, 0},
		"C:/x/b.go:3:4":     {"C:/x/b.go", 3, 4},
		"go.mod":            {"go.mod", 0, 0},
		"dir:name/b.go:7:1": {"dir:name/b.go", 7, 1},
	} {
		if f, l, c := Split(posn); (parts{f, l, c}) != want {
			t.Errorf("Split(%q) = %q, %d, %d; want %+v", posn, f, l, c, want)
		}
	}
}
