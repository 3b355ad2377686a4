package driver

import (
	"bytes"
	"go/scanner"
	"go/token"
	"os"
	"path/filepath"
	"strings"
	"unicode/utf16"
	"unicode/utf8"

	"github.com/facelint/facelint/internal/sarif"
)

// sources reads source files for the text of their lines, once each, and
// names them relative to a directory: the one facelint runs in (for
// baselines), or the repository root (for SARIF).
type sources struct {
	dirs  []string // that directory, and the same with symbolic links resolved
	files map[string][]string
}

func newSources(dir string) *sources {
	s := &sources{dirs: []string{dir}, files: map[string][]string{}}
	if real, err := filepath.EvalSymlinks(dir); err == nil && real != dir {
		s.dirs = append(s.dirs, real)
	}
	return s
}

// artifact returns how a SARIF location names a file: its percent-encoded
// path relative to the directory (the repository root, sarif.SrcRoot), or
// no URI for a file outside it.
func (s *sources) artifact(file string) sarif.ArtifactLocation {
	for _, dir := range s.dirs {
		if rel, ok := within(dir, file); ok {
			return sarif.ArtifactLocation{URI: sarif.RelativeURI(rel), URIBaseID: sarif.SrcRoot}
		}
	}
	return sarif.ArtifactLocation{}
}

// at returns the SARIF location of a line and column of a file.
func (s *sources) at(file string, line, col int) sarif.PhysicalLocation {
	text := s.line(file, line)
	start := max(1, utf16Column(text, col))
	return sarif.PhysicalLocation{
		ArtifactLocation: s.artifact(file),
		Region:           sarif.Region{StartLine: line, StartColumn: start, EndLine: line, EndColumn: max(start+1, utf16Column(text, tokenEnd(text, max(col, 1))))},
	}
}

// line returns the text of line n (1-based) of a file, or "" when the
// file cannot be read or has no such line.
func (s *sources) line(file string, n int) string {
	lines, ok := s.files[file]
	if !ok {
		data, err := os.ReadFile(file)
		if err == nil {
			lines = strings.Split(string(bytes.ReplaceAll(data, []byte("\r\n"), []byte("\n"))), "\n")
		}
		s.files[file] = lines
	}
	if n < 1 || n > len(lines) {
		return ""
	}
	return lines[n-1]
}

// uri returns a file's path relative to the directory, with forward
// slashes, or its file URI when it is outside that directory: how a
// baseline names files.
func (s *sources) uri(file string) string {
	for _, dir := range s.dirs {
		if rel, ok := within(dir, file); ok {
			return filepath.ToSlash(rel)
		}
	}
	return sarif.FileURI(file)
}

// location returns the SARIF location of pos..end and the text of its
// first line. Columns count UTF-16 code units, SARIF's default. When end
// is not set, the region is the Go token at pos. A position that is not
// valid gives a location with line 0, which is not Real.
func (s *sources) location(fset *token.FileSet, pos, end token.Pos) (sarif.PhysicalLocation, string) {
	if !pos.IsValid() {
		return sarif.PhysicalLocation{}, ""
	}
	p := fset.Position(pos)
	line := s.line(p.Filename, p.Line)
	r := sarif.Region{StartLine: p.Line, StartColumn: max(1, utf16Column(line, p.Column))}
	if e := fset.Position(end); end.IsValid() && e.Filename == p.Filename && e.Offset > p.Offset {
		r.EndLine, r.EndColumn = e.Line, utf16Column(s.line(e.Filename, e.Line), e.Column)
	} else {
		r.EndLine, r.EndColumn = p.Line, utf16Column(line, tokenEnd(line, p.Column))
	}
	if r.EndLine == r.StartLine && r.EndColumn <= r.StartColumn {
		r.EndColumn = r.StartColumn + 1
	}
	return sarif.PhysicalLocation{ArtifactLocation: s.artifact(p.Filename), Region: r}, line
}

// tokenEnd returns the byte column (1-based) after the Go token that
// starts at byte column col of line, or col+1 when there is none.
func tokenEnd(line string, col int) int {
	if col < 1 || col > len(line) {
		return col + 1
	}
	src := []byte(line[col-1:])
	var sc scanner.Scanner
	file := token.NewFileSet().AddFile("", -1, len(src))
	sc.Init(file, src, nil, 0)
	pos, tok, lit := sc.Scan()
	if file.Offset(pos) != 0 || tok == token.EOF || tok == token.ILLEGAL || (tok == token.SEMICOLON && lit == "\n") {
		return col + 1
	}
	n := len(lit)
	if n == 0 {
		n = len(tok.String()) // an operator or delimiter
	}
	return col + n
}

// utf16Column converts a 1-based byte column of line into a 1-based
// column in UTF-16 code units.
func utf16Column(line string, col int) int {
	if col < 1 || col-1 > len(line) {
		return col
	}
	n := 1
	for prefix := line[:col-1]; prefix != ""; {
		r, size := utf8.DecodeRuneInString(prefix)
		n += utf16.RuneLen(r)
		prefix = prefix[size:]
	}
	return n
}
