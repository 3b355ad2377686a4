package rules

import (
	"fmt"
	"strings"
)

// Limits on a rule file, checked before it is parsed: the TOML parser
// spends time and memory quadratic in the nesting depth of arrays and
// inline tables.
const (
	// MaxFileSize is the largest rule file, in bytes.
	MaxFileSize = 1 << 20
	// MaxNesting is the deepest nesting of arrays and inline tables
	// (a table header counts as one level).
	MaxNesting = 16
)

// checkSize rejects files larger than MaxFileSize and nested deeper than
// MaxNesting, with the position of the first bracket too deep.
func checkSize(name string, data []byte) error {
	if len(data) > MaxFileSize {
		return &Error{Pos: Position{File: name, Line: 1, Col: 1}, Msg: fmt.Sprintf("file is larger than %d bytes", MaxFileSize)}
	}
	line, lineStart := 1, 0
	depth := 0
	var quote string // the delimiter of the string being scanned, or ""
	comment := false
	for i := 0; i < len(data); i++ {
		c := data[i]
		if c == '\n' {
			line, lineStart = line+1, i+1
			comment = false
			if len(quote) == 1 {
				quote = "" // a single-line string cannot span lines: the parser rejects it
			}
			continue
		}
		switch {
		case comment:
		case quote != "":
			if c == '\\' && quote[0] == '"' && i+1 < len(data) && data[i+1] != '\n' {
				i++ // an escaped character, possibly a quote
			} else if hasPrefixAt(data, i, quote) {
				i += len(quote) - 1
				quote = ""
			}
		case c == '#':
			comment = true
		case c == '"' || c == '\'':
			quote = string(c)
			if triple := strings.Repeat(quote, 3); hasPrefixAt(data, i, triple) {
				quote = triple
				i += 2
			}
		case c == '[' || c == '{':
			depth++
			if depth > MaxNesting {
				return &Error{Pos: Position{File: name, Line: line, Col: i - lineStart + 1}, Msg: fmt.Sprintf("arrays and tables nested deeper than %d levels", MaxNesting)}
			}
		case c == ']' || c == '}':
			depth = max(depth-1, 0)
		}
	}
	return nil
}

func hasPrefixAt(data []byte, i int, prefix string) bool {
	return len(data)-i >= len(prefix) && string(data[i:i+len(prefix)]) == prefix
}
