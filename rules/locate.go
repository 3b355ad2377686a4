package rules

import (
	"strconv"
	"strings"
)

// locator maps TOML key paths ("sink[2].funcs", "rules.FR101.severity") to
// the position where they are written, so that errors found after decoding
// can point at the right line. The TOML library reports positions only for
// syntax and type errors; this index covers everything else. The text has
// already been parsed successfully, so a line-oriented scan is enough.
type locator struct {
	file  string
	text  string
	lines []int // byte offset of each line start
	pos   map[string]int
}

func newLocator(file string, data []byte) *locator {
	l := &locator{file: file, text: string(data), pos: map[string]int{}}
	counts := map[string]int{} // array-of-tables header -> elements so far
	table := ""
	off := 0
	inMultiline := ""
	for _, line := range strings.SplitAfter(l.text, "\n") {
		start := off
		l.lines = append(l.lines, start)
		off += len(line)
		if inMultiline != "" {
			if strings.Contains(line, inMultiline) {
				inMultiline = ""
			}
			continue
		}
		trimmed := strings.TrimLeft(line, " \t")
		indent := len(line) - len(trimmed)
		switch {
		case strings.HasPrefix(trimmed, "[["):
			name := normalizeKey(strings.TrimSpace(strings.SplitN(trimmed[2:], "]]", 2)[0]))
			n := counts[name]
			counts[name] = n + 1
			table = l.arrayElem(name, n, counts)
			l.record(table, start+indent)
			l.record(strings.TrimSuffix(table, "["+strconv.Itoa(n)+"]"), start+indent)
		case strings.HasPrefix(trimmed, "["):
			table = normalizeKey(strings.TrimSpace(strings.SplitN(trimmed[1:], "]", 2)[0]))
			l.record(table, start+indent)
		case trimmed == "" || strings.HasPrefix(trimmed, "#"):
		default:
			eq := keyEnd(trimmed)
			if eq < 0 {
				continue
			}
			key := join(table, normalizeKey(strings.TrimSpace(trimmed[:eq])))
			l.record(key, start+indent)
			value := strings.TrimSpace(trimmed[eq+1:])
			for _, q := range []string{`"""`, `'''`} {
				if strings.HasPrefix(value, q) && !strings.Contains(value[3:], q) {
					inMultiline = q
				}
			}
			if strings.HasPrefix(value, "{") {
				l.inline(key, line, start)
			}
		}
	}
	return l
}

// arrayElem names element n of the array of tables called name. A nested
// array ([[upload.call]] after [upload]) keeps its parent's path.
func (l *locator) arrayElem(name string, n int, counts map[string]int) string {
	// Qualify nested arrays by the current element of their parent array
	// ([[rule]] then [[rule.example]] is rule[3].example[0]).
	parts := strings.Split(name, ".")
	path := ""
	for i, p := range parts {
		path = join(path, p)
		if i < len(parts)-1 {
			if c, ok := counts[strings.Join(parts[:i+1], ".")]; ok && c > 0 {
				path += "[" + strconv.Itoa(c-1) + "]"
			}
		}
	}
	return path + "[" + strconv.Itoa(n) + "]"
}

// inline records the keys of an inline table written on one line.
func (l *locator) inline(key, line string, start int) {
	open := strings.IndexByte(line, '{')
	for i := open + 1; i < len(line); {
		rest := line[i:]
		eq := keyEnd(rest)
		if eq < 0 {
			return
		}
		name := strings.TrimSpace(strings.TrimLeft(rest[:eq], " \t,{"))
		at := i + strings.Index(rest, name)
		l.record(join(key, normalizeKey(name)), start+at)
		next := strings.IndexByte(rest[eq:], ',')
		if next < 0 {
			return
		}
		i += eq + next + 1
	}
}

func (l *locator) record(path string, off int) {
	if _, ok := l.pos[path]; !ok {
		l.pos[path] = off
	}
}

// keyEnd returns the index of the '=' that ends the key at the start of s,
// or -1. Quoted keys may contain '='.
func keyEnd(s string) int {
	var quote byte
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case quote != 0:
			if c == quote {
				quote = 0
			}
		case c == '"' || c == '\'':
			quote = c
		case c == '=':
			return i
		case c == '[' || c == '{' || c == '#':
			return -1
		}
	}
	return -1
}

// normalizeKey removes quotes and the spaces around dots of a TOML key.
func normalizeKey(k string) string {
	parts := strings.Split(k, ".")
	for i, p := range parts {
		parts[i] = strings.Trim(strings.TrimSpace(p), `"'`)
	}
	return strings.Join(parts, ".")
}

func join(a, b string) string {
	if a == "" {
		return b
	}
	return a + "." + b
}

// at returns the position of a key path, or of its closest recorded parent.
func (l *locator) at(path string) Position {
	for p := path; ; {
		if off, ok := l.pos[p]; ok {
			return l.position(off)
		}
		i := strings.LastIndexAny(p, ".[")
		if i < 0 {
			return Position{File: l.file, Line: 1, Col: 1}
		}
		p = p[:i]
	}
}

// atValue returns the position of the string value v written under path.
func (l *locator) atValue(path, v string) Position {
	p := l.at(path)
	off := l.lines[p.Line-1] + p.Col - 1
	for _, lit := range []string{strconv.Quote(v), "'" + v + "'"} {
		if i := strings.Index(l.text[off:], lit); i >= 0 {
			next := strings.Index(l.text[off:], "\n[")
			if next < 0 || i < next {
				return l.position(off + i)
			}
		}
	}
	return p
}

func (l *locator) position(off int) Position {
	line := 0
	for i, s := range l.lines {
		if s > off {
			break
		}
		line = i
	}
	return Position{File: l.file, Line: line + 1, Col: off - l.lines[line] + 1}
}
