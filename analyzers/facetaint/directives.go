package facetaint

import (
	"fmt"
	"go/ast"
	"go/token"
	"go/types"
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

// Ignore is a //facelint:ignore directive.
type Ignore struct {
	Pos    token.Pos
	Line   Line
	Rules  []string
	Reason string

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
	return directive.Directive{Kind: directive.Ignore, Rules: ig.Rules}.String()
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
					if !ok || dir.Kind == directive.Ignore {
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
				case dir.Kind == directive.Ignore:
					d.ignores[line] = &Ignore{Pos: c.Slash, Line: line, Rules: dir.Rules, Reason: dir.Reason}
				case !attached[c]:
					d.malformed = append(d.malformed, Malformed{Pos: c.Slash, Problem: fmt.Sprintf("%s must be in the doc comment of a declaration (or on its line)", dir)})
				}
			}
		}
	}
	return d
}

// parse parses a comment, recording malformed directives (once per
// comment: parse is called again for attached comments, hence the dedup).
func (d *directives) parse(pass *analysis.Pass, c *ast.Comment, set *rules.Set) (directive.Directive, bool) {
	dir, ok, err := directive.Parse(c.Text)
	if !ok {
		return dir, false
	}
	if err == nil && dir.Kind == directive.Ignore {
		for _, id := range dir.Rules {
			if set.Rule(id) == nil {
				err = fmt.Errorf("ignore: unknown rule ID %q", id)
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
		if !ok || dir.Kind == directive.Ignore {
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
