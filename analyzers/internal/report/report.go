// Package report turns facetaint's findings into diagnostics that follow
// facelint's rule contract: Category is the rule ID, the message comes from
// the rule set and starts with the rule ID in brackets, and Related holds
// every step of the path. It also applies suppressions.
package report

import (
	"fmt"
	"go/ast"
	"go/token"
	"os"
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
	files map[string]*token.File      // the pass's file set by name
	disk  map[string]*token.File      // files read by fromDisk; nil when unreadable
	calls map[token.Pos]*ast.CallExpr // by the position of their '('
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

// suppressed applies //nolint, //facelint:ignore on the line or the line
// above, and suppressions recorded where the finding was computed.
func (r *Reporter) suppressed(f Finding) bool {
	for _, id := range f.Ignored {
		if id == f.Rule {
			return true
		}
	}
	p := r.pass.Fset.Position(f.Pos)
	if r.res.Nolint[facetaint.Line{File: p.Filename, Line: p.Line}] {
		return true
	}
	for _, line := range []int{p.Line, p.Line - 1} {
		if ig := r.res.Ignores[facetaint.Line{File: p.Filename, Line: line}]; ig != nil && ig.Covers(f.Rule) {
			ig.MarkUsed(f.Rule)
			return true
		}
	}
	return false
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

// Resolve returns pos if valid, else the position of posn (file:line:col)
// in the pass's file set, or token.NoPos when the file is not there.
// A file that the pass knows only from export data (as under go vet),
// with synthetic lines and no columns, or not at all, is read from disk
// and added to the file set, so that the step keeps its exact position.
func (r *Reporter) Resolve(pos token.Pos, posn string) token.Pos {
	if pos.IsValid() {
		return pos
	}
	if r.files == nil {
		r.files = map[string]*token.File{}
		r.pass.Fset.Iterate(func(f *token.File) bool {
			r.files[f.Name()] = f
			return true
		})
	}
	file, line, col, ok := splitPosn(posn)
	if !ok {
		return token.NoPos
	}
	f := r.files[file]
	if p, exact := lineCol(f, line, col); exact {
		return p
	}
	if f, ok := r.fromDisk(file); ok {
		if p, exact := lineCol(f, line, col); exact {
			return p
		}
	}
	if f == nil || line < 1 || line > f.LineCount() {
		return token.NoPos
	}
	return f.LineStart(line)
}

// lineCol returns the position of line and col in f, and whether it is
// exact: the line exists and the column stays on it. Files known only from
// export data have synthetic lines one byte long.
func lineCol(f *token.File, line, col int) (token.Pos, bool) {
	if f == nil || line < 1 || line > f.LineCount() {
		return token.NoPos, false
	}
	start := f.LineStart(line)
	if col <= 1 {
		return start, true
	}
	off := f.Offset(start) + col - 1
	if off < f.Size() && f.Line(f.Pos(off)) == line {
		return f.Pos(off), true
	}
	return token.NoPos, false
}

// fromDisk adds the file named by a path step to the pass's file set, with
// the lines of its content on disk (analysis.Pass allows Run to add files),
// once per reporter.
func (r *Reporter) fromDisk(name string) (*token.File, bool) {
	if r.disk == nil {
		r.disk = map[string]*token.File{}
	}
	if f, ok := r.disk[name]; ok {
		return f, f != nil
	}
	data, err := os.ReadFile(name)
	if err != nil {
		r.disk[name] = nil
		return nil, false
	}
	f := r.pass.Fset.AddFile(name, -1, len(data))
	f.SetLinesForContent(data)
	r.disk[name] = f
	return f, true
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
