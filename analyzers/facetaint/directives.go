package facetaint

import (
	"cmp"
	"fmt"
	"go/ast"
	"go/token"
	"go/types"
	"slices"
	"sync"

	"golang.org/x/tools/go/analysis"

	"github.com/facelint/facelint/internal/directive"
	"github.com/facelint/facelint/rules"
)

// Line identifies a line of a file.
type Line struct {
	File string
	Line int
}

// Ignore is a //facelint:ignore or //facelint:file-ignore directive.
type Ignore struct {
	Pos    token.Pos
	Line   Line
	Rules  []string
	Reason string
	// FileWide is set for a file-ignore: it applies to the whole file.
	FileWide bool
	// Trailing is set when code precedes the directive on its line: it
	// applies to that line only. An ignore alone on its line applies to
	// its line and the next.
	Trailing bool

	mu   sync.Mutex
	used map[string]bool
}

// Covers reports whether the directive names the rule.
func (ig *Ignore) Covers(rule string) bool {
	for _, r := range ig.Rules {
		if r == rule {
			return true
		}
	}
	return false
}

// MarkUsed records that the directive suppressed a finding of rule. Reporters
// run concurrently, hence the lock.
func (ig *Ignore) MarkUsed(rule string) {
	ig.mu.Lock()
	defer ig.mu.Unlock()
	if ig.used == nil {
		ig.used = map[string]bool{}
	}
	ig.used[rule] = true
}

// Used reports whether the directive suppressed anything.
func (ig *Ignore) Used() bool {
	ig.mu.Lock()
	defer ig.mu.Unlock()
	return len(ig.used) > 0
}

// String formats the directive.
func (ig *Ignore) String() string {
	kind := directive.Ignore
	if ig.FileWide {
		kind = directive.FileIgnore
	}
	return directive.Directive{Kind: kind, Rules: ig.Rules}.String()
}

// Suppressions finds the ignore directives that apply at a position.
type Suppressions struct {
	lines map[Line]*Ignore
	files map[string][]*Ignore // file-ignores by file name, in source order
}

// NewSuppressions indexes ignore directives (a Result's Ignores).
func NewSuppressions(ignores map[Line]*Ignore) *Suppressions {
	s := &Suppressions{lines: ignores, files: map[string][]*Ignore{}}
	for _, ig := range ignores {
		if ig.FileWide {
			s.files[ig.Line.File] = append(s.files[ig.Line.File], ig)
		}
	}
	for _, list := range s.files {
		slices.SortFunc(list, func(a, b *Ignore) int { return cmp.Compare(a.Pos, b.Pos) })
	}
	return s
}

// At returns the directives that apply at p, the most specific first: an
// ignore on p's line, an ignore alone on the line above, then the
// file-ignores of p's file.
func (s *Suppressions) At(p token.Position) []*Ignore {
	var out []*Ignore
	if ig := s.lines[Line{p.Filename, p.Line}]; ig != nil && !ig.FileWide {
		out = append(out, ig)
	}
	if ig := s.lines[Line{p.Filename, p.Line - 1}]; ig != nil && !ig.FileWide && !ig.Trailing {
		out = append(out, ig)
	}
	return append(out, s.files[p.Filename]...)
}

// Malformed is a directive facelint could not use, or (Internal) a failure
// of the engine itself.
type Malformed struct {
	Pos      token.Pos
	Problem  string
	Internal bool
}

// directives holds the directives of a package.
type directives struct {
	funcs     map[*types.Func][]directive.Directive
	faceData  map[types.Object]string // *types.TypeName or field *types.Var -> label
	ignores   map[Line]*Ignore
	suppress  *Suppressions
	nolint    map[Line]bool
	malformed []Malformed
}

// collectDirectives reads every facelint comment of the package.
func collectDirectives(pass *analysis.Pass, set *rules.Set) *directives {
	d := &directives{
		funcs:    map[*types.Func][]directive.Directive{},
		faceData: map[types.Object]string{},
		ignores:  map[Line]*Ignore{},
		nolint:   map[Line]bool{},
	}
	attached := map[*ast.Comment]bool{}
	for _, file := range pass.Files {
		// Comments on the line of a declaration count as its doc.
		byLine := map[int][]*ast.Comment{}
		for _, g := range file.Comments {
			for _, c := range g.List {
				line := pass.Fset.Position(c.Slash).Line
				byLine[line] = append(byLine[line], c)
			}
		}
		comments := func(doc *ast.CommentGroup, at token.Pos) []*ast.Comment {
			var out []*ast.Comment
			if doc != nil {
				out = append(out, doc.List...)
			}
			return append(out, byLine[pass.Fset.Position(at).Line]...)
		}
		for _, decl := range file.Decls {
			switch decl := decl.(type) {
			case *ast.FuncDecl:
				fn, _ := pass.TypesInfo.Defs[decl.Name].(*types.Func)
				for _, c := range comments(decl.Doc, decl.Pos()) {
					dir, ok := d.parse(pass, c, set)
					if !ok || dir.Suppresses() {
						continue
					}
					attached[c] = true
					if dir.Kind == directive.FaceData {
						d.malformed = append(d.malformed, Malformed{Pos: c.Slash, Problem: "facedata applies to a type or a struct field, not a function"})
						continue
					}
					if fn != nil {
						d.funcs[fn] = append(d.funcs[fn], dir)
					}
				}
			case *ast.GenDecl:
				if decl.Tok != token.TYPE {
					continue
				}
				for _, spec := range decl.Specs {
					ts := spec.(*ast.TypeSpec)
					doc := ts.Doc
					if doc == nil && len(decl.Specs) == 1 {
						doc = decl.Doc
					}
					d.attachFaceData(pass, set, comments(doc, ts.Pos()), pass.TypesInfo.Defs[ts.Name], attached)
					if st, ok := ts.Type.(*ast.StructType); ok {
						for _, field := range st.Fields.List {
							cs := comments(field.Doc, field.Pos())
							if field.Comment != nil {
								cs = append(cs, field.Comment.List...)
							}
							for _, name := range field.Names {
								d.attachFaceData(pass, set, cs, pass.TypesInfo.Defs[name], attached)
							}
						}
					}
				}
			}
		}
		for _, g := range file.Comments {
			for _, c := range g.List {
				line := Line{pass.Fset.Position(c.Slash).Filename, pass.Fset.Position(c.Slash).Line}
				if directive.IsNolint(c.Text) {
					d.nolint[line] = true
					continue
				}
				dir, ok := d.parse(pass, c, set)
				switch {
				case !ok:
				case dir.Suppresses():
					d.ignores[line] = &Ignore{
						Pos: c.Slash, Line: line, Rules: dir.Rules, Reason: dir.Reason,
						FileWide: dir.Kind == directive.FileIgnore,
						Trailing: codeBefore(pass.Fset, file, c.Slash),
					}
				case !attached[c]:
					d.malformed = append(d.malformed, Malformed{Pos: c.Slash, Problem: fmt.Sprintf("%s must be in the doc comment of a declaration (or on its line)", dir)})
				}
			}
		}
	}
	d.suppress = NewSuppressions(d.ignores)
	return d
}

// codeBefore reports whether code precedes the comment at pos on its line.
func codeBefore(fset *token.FileSet, file *ast.File, pos token.Pos) bool {
	tf := fset.File(pos)
	lineStart := tf.LineStart(tf.Line(pos))
	found := false
	ast.Inspect(file, func(n ast.Node) bool {
		switch n.(type) {
		case nil, *ast.CommentGroup, *ast.Comment:
			return false
		}
		if found || n.End() <= lineStart || n.Pos() >= pos {
			return false // done, or the node is not on the line before the comment
		}
		if n.Pos() >= lineStart || n.End() <= pos {
			found = true // it starts or ends on the line, before the comment
			return false
		}
		return true // it spans the line: look at its children
	})
	return found
}

// parse parses a comment, recording malformed directives (once per
// comment: parse is called again for attached comments, hence the dedup).
func (d *directives) parse(pass *analysis.Pass, c *ast.Comment, set *rules.Set) (directive.Directive, bool) {
	dir, ok, err := directive.Parse(c.Text)
	if !ok {
		return dir, false
	}
	if err == nil && dir.Suppresses() {
		for _, id := range dir.Rules {
			if set.Rule(id) == nil {
				err = fmt.Errorf("%s: unknown rule ID %q", dir.Kind, id)
			}
		}
	}
	if err != nil {
		for _, m := range d.malformed {
			if m.Pos == c.Slash {
				return dir, false
			}
		}
		d.malformed = append(d.malformed, Malformed{Pos: c.Slash, Problem: err.Error()})
		return dir, false
	}
	return dir, true
}

func (d *directives) attachFaceData(pass *analysis.Pass, set *rules.Set, cs []*ast.Comment, obj types.Object, attached map[*ast.Comment]bool) {
	for _, c := range cs {
		dir, ok := d.parse(pass, c, set)
		if !ok || dir.Suppresses() {
			continue
		}
		attached[c] = true
		if dir.Kind != directive.FaceData {
			d.malformed = append(d.malformed, Malformed{Pos: c.Slash, Problem: fmt.Sprintf("%s applies to a function, not a type or field", dir)})
			continue
		}
		if obj != nil {
			d.faceData[obj] = dir.Arg
		}
	}
}
