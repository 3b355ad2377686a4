// Package report turns facetaint's findings into diagnostics that follow
// facelint's rule contract: Category is the rule ID, the message comes from
// the rule set and starts with the rule ID in brackets, and Related holds
// every step of the path. It also applies suppressions.
package report

import (
	"fmt"
	"go/ast"
	"go/token"
	"slices"
	"strconv"
	"strings"

	"golang.org/x/tools/go/analysis"

	"github.com/facelint/facelint/analyzers/facetaint"
)

// Reporter reports the diagnostics of one pass.
type Reporter struct {
	pass  *analysis.Pass
	res   *facetaint.Result
	seen  map[string]bool
	calls map[token.Pos]*ast.CallExpr // by the position of their '('
	supp  *facetaint.Suppressions
	own   map[string]*token.File // the files of the package, by name
	steps positions
}

// New returns a reporter for a pass, given facetaint's result.
func New(pass *analysis.Pass, res *facetaint.Result) *Reporter {
	return &Reporter{pass: pass, res: res, seen: map[string]bool{}}
}

// Finding is one diagnostic to report.
type Finding struct {
	Rule    string
	Pos     token.Pos
	Key     string            // deduplication key besides rule and position (the source)
	Vars    map[string]string // message placeholders
	Related []analysis.RelatedInformation
	Ignored []string // rules suppressed where the finding was computed (another package)
}

// Report reports a finding unless its rule is off, it was reported already
// (same rule, position and key) or a directive suppresses it.
func (r *Reporter) Report(f Finding) {
	rule := r.res.Rules.Rule(f.Rule)
	if rule == nil || !rule.Enabled || !f.Pos.IsValid() {
		return
	}
	key := fmt.Sprintf("%s|%d|%s", f.Rule, f.Pos, f.Key)
	if r.seen[key] {
		return
	}
	r.seen[key] = true
	if r.suppressed(f) {
		return
	}
	pos, end := r.span(f.Pos)
	r.pass.Report(analysis.Diagnostic{
		Pos:      pos,
		End:      end,
		Category: rule.ID,
		Message:  r.res.Rules.Message(rule, f.Vars),
		URL:      rule.Docs,
		Related:  f.Related,
	})
}

// span returns the extent of the call expression whose '(' is at pos
// (SSA places calls there), or pos alone.
func (r *Reporter) span(pos token.Pos) (token.Pos, token.Pos) {
	if r.calls == nil {
		r.calls = map[token.Pos]*ast.CallExpr{}
		for _, f := range r.pass.Files {
			ast.Inspect(f, func(n ast.Node) bool {
				if c, ok := n.(*ast.CallExpr); ok {
					r.calls[c.Lparen] = c
				}
				return true
			})
		}
	}
	if c := r.calls[pos]; c != nil {
		return c.Pos(), c.End()
	}
	return pos, token.NoPos
}

// suppressed applies //nolint, the //facelint:ignore and
// //facelint:file-ignore directives that cover the finding's position (the
// most specific one is marked used), and suppressions recorded where the
// finding was computed.
func (r *Reporter) suppressed(f Finding) bool {
	p := r.pass.Fset.Position(f.Pos)
	if r.res.Nolint[facetaint.Line{File: p.Filename, Line: p.Line}] {
		return true
	}
	if r.supp == nil {
		r.supp = facetaint.NewSuppressions(r.res.Ignores)
	}
	for _, ig := range r.supp.At(p) {
		if ig.Covers(f.Rule) {
			ig.MarkUsed(f.Rule)
			return true
		}
	}
	return slices.Contains(f.Ignored, f.Rule)
}

// Path converts path steps into related information. Steps in files the
// pass cannot show are anchored at fallback, with their position in the
// message.
func (r *Reporter) Path(steps []facetaint.PathStep, fallback token.Pos) []analysis.RelatedInformation {
	var out []analysis.RelatedInformation
	for _, s := range steps {
		pos, msg := r.Resolve(s.Pos, s.Posn), s.Desc
		if !pos.IsValid() {
			pos, msg = fallback, s.Desc+" ("+s.Posn+")"
		}
		pos, end := r.span(pos)
		out = append(out, analysis.RelatedInformation{Pos: pos, End: end, Message: msg})
	}
	return out
}

// Resolve returns pos if valid, else the position of posn (file:line:col):
// in the package's own files, where it is; in other files, a position
// that the pass's file set maps to that file, line and column (see
// positions), so that every driver shows the same position, whether it
// parsed the other package (the standalone driver), knows it from export
// data without columns (go vet), or not at all. It returns token.NoPos
// for a posn that is not file:line:col.
func (r *Reporter) Resolve(pos token.Pos, posn string) token.Pos {
	if pos.IsValid() {
		return pos
	}
	file, line, col, ok := splitPosn(posn)
	if !ok || line < 1 {
		return token.NoPos
	}
	if r.own == nil {
		r.own = map[string]*token.File{}
		for _, f := range r.pass.Files {
			tf := r.pass.Fset.File(f.Pos())
			r.own[tf.Name()] = tf
		}
	}
	f := r.own[file]
	if f == nil {
		return r.steps.at(r.pass.Fset, file, line, max(col, 1))
	}
	if line > f.LineCount() {
		return token.NoPos
	}
	start := f.LineStart(line)
	if off := f.Offset(start) + col - 1; col > 1 && off < f.Size() && f.Line(f.Pos(off)) == line {
		return f.Pos(off)
	}
	return start
}

// positions makes positions for places in files that are not the
// package's own: each is an offset of a small file added to the file set,
// with line and column information (as a //line directive gives) that
// maps it to the place. token.FileSet.Position, which every driver uses,
// reports the place; nothing reads the small file's content.
type positions struct {
	file  *token.File
	next  int
	cache map[string]token.Pos
}

// positionsPerFile is the number of places one small file holds.
const positionsPerFile = 1024

func (p *positions) at(fset *token.FileSet, file string, line, col int) token.Pos {
	key := fmt.Sprintf("%s:%d:%d", file, line, col)
	if pos, ok := p.cache[key]; ok {
		return pos
	}
	if p.file == nil || p.next == positionsPerFile {
		p.file = fset.AddFile("facelint-positions", -1, positionsPerFile+1)
		p.next = 0
	}
	if p.cache == nil {
		p.cache = map[string]token.Pos{}
	}
	p.file.AddLineColumnInfo(p.next, file, line, col)
	pos := p.file.Pos(p.next)
	p.next++
	p.cache[key] = pos
	return pos
}

// splitPosn splits "file:line:col".
func splitPosn(posn string) (string, int, int, bool) {
	i := strings.LastIndexByte(posn, ':')
	if i < 0 {
		return "", 0, 0, false
	}
	j := strings.LastIndexByte(posn[:i], ':')
	if j < 0 {
		return "", 0, 0, false
	}
	line, err1 := strconv.Atoi(posn[j+1 : i])
	col, err2 := strconv.Atoi(posn[i+1:])
	if err1 != nil || err2 != nil {
		return "", 0, 0, false
	}
	return posn[:j], line, col, true
}

// FlowPath is the related information of a flow: from the source through
// every step to the sink.
func (r *Reporter) FlowPath(f *facetaint.Flow, verb string) []analysis.RelatedInformation {
	last := facetaint.PathStep{Posn: f.SinkPosn, Desc: verb + " " + f.Sink}
	if r.pass.Fset.Position(f.Pos).String() == f.SinkPosn {
		last.Pos = f.Pos
	}
	return r.Path(append(f.Path[:len(f.Path):len(f.Path)], last), f.Pos)
}
