package driver

import (
	"bytes"
	"encoding/gob"
	"go/token"
	"sort"

	"golang.org/x/tools/go/analysis"
)

// The diagnostics of a root package as the cache keeps them, so that a run
// in which nothing a root package depends on changed prints them without
// analysing it again (go vet keeps diagnostics in its build cache the same
// way). Positions are kept as file, line and column, as they print.

// cachedResult is what the cache keeps of a root package: the
// configuration files faceconfig loaded for it (for the rule set in force)
// and its diagnostics.
type cachedResult struct {
	ConfigFiles []string
	Explicit    bool
	Diagnostics []cachedDiagnostic
}

// cachedDiagnostic is one diagnostic of a root package.
type cachedDiagnostic struct {
	Analyzer string
	Category string
	Message  string
	URL      string
	Pos, End cachedPos
	Related  []cachedRelated
}

type cachedRelated struct {
	Message  string
	Pos, End cachedPos
}

// cachedPos is a position; Line 0 stands for token.NoPos.
type cachedPos struct {
	File      string
	Line, Col int
}

// encodeResult returns the cache entry of the result of a root package,
// with its diagnostics by analyzer, or false when a position cannot be
// kept.
func encodeResult(fset *token.FileSet, r *pkgRun, analyzers []*analysis.Analyzer, configFiles []string, explicit bool) ([]byte, bool) {
	ok := true
	pos := func(p token.Pos) cachedPos {
		if !p.IsValid() {
			return cachedPos{}
		}
		posn := fset.Position(p)
		if posn.Filename == "" || posn.Line < 1 || posn.Column < 1 {
			ok = false
		}
		return cachedPos{File: posn.Filename, Line: posn.Line, Col: posn.Column}
	}
	res := cachedResult{ConfigFiles: configFiles, Explicit: explicit}
	for _, a := range analyzers {
		for _, d := range r.actions[a].diags {
			if len(d.SuggestedFixes) > 0 {
				return nil, false
			}
			cd := cachedDiagnostic{Analyzer: a.Name, Category: d.Category, Message: d.Message, URL: d.URL, Pos: pos(d.Pos), End: pos(d.End)}
			for _, rel := range d.Related {
				cd.Related = append(cd.Related, cachedRelated{Message: rel.Message, Pos: pos(rel.Pos), End: pos(rel.End)})
			}
			res.Diagnostics = append(res.Diagnostics, cd)
		}
	}
	var buf bytes.Buffer
	if err := gob.NewEncoder(&buf).Encode(res); err != nil || !ok {
		return nil, false
	}
	return buf.Bytes(), true
}

// decodeResult decodes a cache entry of a root package's result.
func decodeResult(data []byte) (*cachedResult, bool) {
	res := new(cachedResult)
	if err := gob.NewDecoder(bytes.NewReader(data)).Decode(res); err != nil {
		return nil, false
	}
	return res, true
}

// positions gives cached positions token.Pos values in a file set: one
// file per name, with lines long enough for every column used, so that
// each position prints as it was kept and positions in a file keep their
// order.
type positions struct {
	fset  *token.FileSet
	lines map[string][2]int // file -> lines, columns needed
	files map[string]*token.File
	width map[string]int
}

func newPositions(fset *token.FileSet) *positions {
	return &positions{fset: fset, lines: map[string][2]int{}, files: map[string]*token.File{}, width: map[string]int{}}
}

// need records a position before any is made.
func (ps *positions) need(p cachedPos) {
	if p.Line == 0 {
		return
	}
	n := ps.lines[p.File]
	ps.lines[p.File] = [2]int{max(n[0], p.Line), max(n[1], p.Col)}
}

// build adds the files to the file set.
func (ps *positions) build() {
	names := make([]string, 0, len(ps.lines))
	for name := range ps.lines {
		names = append(names, name)
	}
	sort.Strings(names)
	for _, name := range names {
		n := ps.lines[name]
		width := n[1] + 1
		f := ps.fset.AddFile(name, -1, (n[0]+1)*width)
		lines := make([]int, n[0]+1)
		for i := range lines {
			lines[i] = i * width
		}
		f.SetLines(lines)
		ps.files[name], ps.width[name] = f, width
	}
}

// pos returns the token.Pos of a cached position.
func (ps *positions) pos(p cachedPos) token.Pos {
	if p.Line == 0 {
		return token.NoPos
	}
	return ps.files[p.File].Pos((p.Line-1)*ps.width[p.File] + p.Col - 1)
}

// diagnostics turns cached diagnostics into analysis diagnostics.
func (ps *positions) diagnostic(cd cachedDiagnostic) analysis.Diagnostic {
	d := analysis.Diagnostic{Pos: ps.pos(cd.Pos), End: ps.pos(cd.End), Category: cd.Category, Message: cd.Message, URL: cd.URL}
	for _, rel := range cd.Related {
		d.Related = append(d.Related, analysis.RelatedInformation{Pos: ps.pos(rel.Pos), End: ps.pos(rel.End), Message: rel.Message})
	}
	return d
}
