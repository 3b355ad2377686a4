package lsp

import (
	"bytes"
	"cmp"
	"go/scanner"
	"go/token"
	"os"
	"strconv"
	"strings"
	"unicode/utf8"
)

// sources caches the lines of the files that ranges are computed in, read
// from disk: the server analyses files as saved.
type sources map[string][][]byte

// line returns line n (1-based) of file without its line ending, or nil.
func (s sources) line(file string, n int) []byte {
	lines, ok := s[file]
	if !ok {
		if data, err := os.ReadFile(file); err == nil {
			lines = bytes.Split(data, []byte("\n"))
		}
		s[file] = lines
	}
	if n < 1 || n > len(lines) {
		return nil
	}
	return bytes.TrimSuffix(lines[n-1], []byte("\r"))
}

// filePos is a position as go vet prints it: file:line:column, 1-based.
type filePos struct {
	file      string
	line, col int
}

// parsePosn parses file:line:column.
func parsePosn(posn string) (filePos, bool) {
	rest, col, ok := cutNumber(posn)
	if !ok {
		return filePos{}, false
	}
	file, line, ok := cutNumber(rest)
	if !ok || file == "" {
		return filePos{}, false
	}
	return filePos{file: file, line: line, col: col}, true
}

// cutNumber splits "prefix:N" into prefix and N.
func cutNumber(s string) (string, int, bool) {
	i := strings.LastIndexByte(s, ':')
	if i < 0 {
		return "", 0, false
	}
	n, err := strconv.Atoi(s[i+1:])
	return s[:i], n, err == nil && n > 0
}

// compare orders positions by file, line and column.
func (p filePos) compare(q filePos) int {
	return cmp.Or(strings.Compare(p.file, q.file), cmp.Compare(p.line, q.line), cmp.Compare(p.col, q.col))
}

// rangeOf returns the range from start to end, or, when end is not after
// start (go vet prints a diagnostic without an end with its start as end),
// to the end of the token at start (a whole bracketed argument list when
// start is an opening bracket, as it is for calls) or of its line.
func (s sources) rangeOf(start, end filePos) Range {
	line := s.line(start.file, start.line)
	off := min(max(start.col-1, 0), len(line))
	r := Range{Start: Position{Line: uint32(max(start.line-1, 0)), Character: uint32(utf16Len(line[:off]))}}
	if end.file == start.file && start.compare(end) < 0 {
		eline := s.line(end.file, end.line)
		eoff := min(max(end.col-1, 0), len(eline))
		r.End = Position{Line: uint32(max(end.line-1, 0)), Character: uint32(utf16Len(eline[:eoff]))}
		return r
	}
	r.End = Position{Line: r.Start.Line, Character: uint32(utf16Len(line[:tokenEnd(line, off)]))}
	return r
}

// tokenEnd returns the byte offset in line where the Go token at offset
// start ends. An opening bracket extends to its closing bracket; what does
// not end on the line extends to the line's end.
func tokenEnd(line []byte, start int) int {
	src := line[start:]
	fset := token.NewFileSet()
	file := fset.AddFile("", fset.Base(), len(src))
	var sc scanner.Scanner
	sc.Init(file, src, nil, 0)
	depth := 0
	for {
		pos, tok, lit := sc.Scan()
		switch tok {
		case token.EOF:
			return len(line)
		case token.LPAREN, token.LBRACK, token.LBRACE:
			depth++
		case token.RPAREN, token.RBRACK, token.RBRACE:
			depth--
		}
		if depth > 0 {
			continue
		}
		n := len(lit)
		if n == 0 {
			n = len(tok.String())
		}
		return min(start+file.Offset(pos)+n, len(line))
	}
}

// utf16Len returns the number of UTF-16 code units that encode b.
func utf16Len(b []byte) int {
	n := 0
	for len(b) > 0 {
		r, size := utf8.DecodeRune(b)
		b = b[size:]
		if r >= 0x10000 {
			n += 2
		} else {
			n++
		}
	}
	return n
}
