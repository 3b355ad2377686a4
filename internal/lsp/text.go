package lsp

import (
	"bytes"
	"go/scanner"
	"go/token"
	"os"
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

// rangeOf returns the range from pos to end, or, when end is not set, to
// the end of the token at pos (a whole bracketed argument list when pos is
// an opening bracket, as it is for calls) or of its line.
func (s sources) rangeOf(fset *token.FileSet, pos, end token.Pos) Range {
	p := fset.Position(pos)
	line := s.line(p.Filename, p.Line)
	start := min(max(p.Column-1, 0), len(line))
	r := Range{Start: Position{Line: uint32(max(p.Line-1, 0)), Character: uint32(utf16Len(line[:start]))}}
	if end.IsValid() && end > pos {
		e := fset.Position(end)
		eline := s.line(e.Filename, e.Line)
		off := min(max(e.Column-1, 0), len(eline))
		r.End = Position{Line: uint32(max(e.Line-1, 0)), Character: uint32(utf16Len(eline[:off]))}
		return r
	}
	r.End = Position{Line: r.Start.Line, Character: uint32(utf16Len(line[:tokenEnd(line, start)]))}
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
