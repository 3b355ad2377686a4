package driver

import (
	"errors"
	"fmt"
	"go/ast"
	"go/token"
	"go/types"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strconv"
	"strings"

	"golang.org/x/tools/go/analysis/checker"
	"golang.org/x/tools/go/packages"

	"github.com/facelint/facelint/analyzers"
	"github.com/facelint/facelint/analyzers/faceconfig"
	"github.com/facelint/facelint/analyzers/facetaint"
	"github.com/facelint/facelint/internal/repo"
	"github.com/facelint/facelint/rules"
)

// Analyze loads the packages and runs facelint's analyzers on them.
// Packages that do not load or type-check, and packages that use what a
// broken import failed to declare, are not analysed: they are reported in
// LoadErrors, with their positions, and every other package is analysed.
// Patterns that match no package are load errors too. Analysis errors,
// such as a broken configuration, fail the whole run.
func Analyze(opts Options) (*Result, error) {
	cfg := &packages.Config{
		Mode:  packages.LoadAllSyntax | packages.NeedModule, // modules draw the third-party boundary
		Dir:   opts.Dir,
		Env:   GoEnv(),
		Tests: opts.Tests,
	}
	if opts.Tags != "" {
		cfg.BuildFlags = []string{"-tags=" + opts.Tags}
	}
	pkgs, err := packages.Load(cfg, opts.Patterns...)
	if err != nil {
		return nil, err
	}
	dir, err := filepath.Abs(opts.Dir)
	if err != nil {
		return nil, err
	}
	root, ok := repo.Root(dir)
	if !ok {
		root = dir
	}
	res := &Result{Dir: dir, Root: root, src: newSources(dir)}
	roots := res.partialLoad(pkgs)
	res.LoadErrors = append(res.LoadErrors, unmatchedPatterns(dir, opts.Patterns, pkgs)...)
	sortLoadErrors(res.LoadErrors)
	res.Warnings = skipped(dir, opts, pkgs)

	// faceconfig is a root too, so that its result, the rule set in force,
	// is kept for the output; so is facetaint when the engine's results
	// are wanted (it reports nothing itself).
	as := append(analyzers.All(), faceconfig.Analyzer)
	if opts.Engine {
		as = append(as, facetaint.Analyzer)
	}
	graph, err := checker.Analyze(as, roots, &checker.Options{})
	if err != nil {
		return nil, err
	}
	res.Graph = graph
	var errs []string
	seenErr := map[string]bool{}
	sets := map[string]*rules.Set{}
	for act := range graph.All() {
		if act.Err != nil {
			msg := act.Err.Error()
			if !strings.HasPrefix(msg, "failed prerequisites") && !seenErr[msg] {
				seenErr[msg] = true
				errs = append(errs, fmt.Sprintf("%s: %s: %v", act.Package.PkgPath, act.Analyzer.Name, act.Err))
			}
			continue
		}
		if act.IsRoot && act.Analyzer == faceconfig.Analyzer {
			sets[act.Package.ID] = act.Result.(*faceconfig.Config).Rules
		}
	}
	if len(errs) > 0 {
		sort.Strings(errs)
		return nil, errors.New(strings.Join(errs, "\n"))
	}
	for act := range graph.All() {
		if !act.IsRoot {
			continue
		}
		res.Fset = act.Package.Fset
		for _, d := range act.Diagnostics {
			f := Finding{Package: act.Package.ID, Analyzer: act.Analyzer.Name, Diagnostic: d, Fset: act.Package.Fset}
			if r := sets[act.Package.ID].Rule(d.Category); r != nil {
				f.Severity = r.Severity
			}
			res.Findings = append(res.Findings, f)
		}
	}
	sortFindings(res.Findings)
	res.Findings = dedupe(res.Findings)
	if res.Rules, err = rulesInForce(graph); err != nil {
		return nil, err
	}
	return res, nil
}

// GoEnv is the environment of the go commands that facelint runs: the
// process's environment with GOTOOLCHAIN=local added unless the variable
// is set, so that the go line of an analysed go.mod never makes the go
// command download a toolchain.
func GoEnv() []string {
	env := os.Environ()
	if _, set := os.LookupEnv("GOTOOLCHAIN"); !set {
		env = append(env, "GOTOOLCHAIN=local")
	}
	return env
}

// partialLoad records the load errors of the package graph and returns
// the packages to analyse: the loaded ones that are not broken. A package
// is broken when it has errors of its own, or uses types that a broken
// import failed to declare. The others are analysed even when they import
// a broken package: the edges to broken packages are removed, so that the
// analysis of a package does not wait for facts that will never come (its
// calls into a broken package are calls to unknown functions).
func (res *Result) partialLoad(pkgs []*packages.Package) []*packages.Package {
	broken := map[*packages.Package]bool{}
	seen := map[string]bool{}
	record := func(p *packages.Package, e packages.Error) {
		// go build's errors (cgo's) come with a "# package" header and
		// the position in the message.
		msg := strings.TrimPrefix(e.Msg, "# "+p.PkgPath+"\n")
		pos := e.Pos
		if pos == "" || pos == "-" {
			if m := leadingPosn.FindStringSubmatch(msg); m != nil {
				pos, msg = m[1], m[2]
			}
		}
		le := LoadError{Package: p.PkgPath, Msg: msg}
		if pos != "" && pos != "-" {
			le.Posn = pos
			le.File, le.Line, le.Col = splitPosn(pos)
		}
		if key := le.String(); !seen[key] {
			seen[key] = true
			res.LoadErrors = append(res.LoadErrors, le)
		}
	}
	packages.Visit(pkgs, nil, func(p *packages.Package) {
		for _, e := range p.Errors {
			record(p, e)
			broken[p] = true
		}
		if broken[p] {
			return
		}
		for _, imp := range p.Imports {
			if broken[imp] {
				if bad := invalidUse(p); bad != "" {
					if !isTestMain(p) { // generated: its test package is reported
						record(p, packages.Error{Pos: bad, Msg: "uses what a package it imports, which does not type-check, failed to declare"})
					}
					broken[p] = true
					return
				}
			}
		}
	})
	packages.Visit(pkgs, nil, func(p *packages.Package) {
		if broken[p] {
			return
		}
		p.IllTyped = false
		for path, imp := range p.Imports {
			if broken[imp] {
				delete(p.Imports, path)
			}
		}
	})
	var roots []*packages.Package
	for _, p := range pkgs {
		if !broken[p] {
			roots = append(roots, p)
		}
	}
	return roots
}

// leadingPosn matches an error message that starts with a position.
var leadingPosn = regexp.MustCompile(`^(\S+\.go:[0-9]+(?::[0-9]+)?): ((?s).*)$`)

// isTestMain reports whether p is the main package that go test generates
// to run a package's tests.
func isTestMain(p *packages.Package) bool {
	return p.Name == "main" && strings.HasSuffix(p.ID, ".test")
}

// invalidUse returns the position of the first expression or identifier
// of p whose type is invalid, or "".
func invalidUse(p *packages.Package) string {
	if p.TypesInfo == nil {
		return ""
	}
	first := token.NoPos
	consider := func(t types.Type, pos token.Pos) {
		if t != nil && types.Unalias(t) == types.Typ[types.Invalid] && (first == token.NoPos || pos < first) {
			first = pos
		}
	}
	for e, tv := range p.TypesInfo.Types {
		if !tv.IsBuiltin() {
			consider(tv.Type, e.Pos())
		}
	}
	for _, idents := range []map[*ast.Ident]types.Object{p.TypesInfo.Uses, p.TypesInfo.Defs} {
		for id, obj := range idents {
			switch obj.(type) {
			case *types.Var, *types.Const, *types.TypeName, *types.Func:
				consider(obj.Type(), id.Pos()) // other objects (packages, builtins, labels) have no type
			}
		}
	}
	if first == token.NoPos {
		return ""
	}
	return p.Fset.Position(first).String()
}

// splitPosn splits "file:line:col" (or "file:line").
func splitPosn(posn string) (string, int, int) {
	parts := strings.Split(posn, ":")
	nums := []int{}
	for len(parts) > 1 && len(nums) < 2 {
		n, err := strconv.Atoi(parts[len(parts)-1])
		if err != nil {
			break
		}
		nums = append([]int{n}, nums...)
		parts = parts[:len(parts)-1]
	}
	file := strings.Join(parts, ":")
	switch len(nums) {
	case 2:
		return file, nums[0], nums[1]
	case 1:
		return file, nums[0], 0
	}
	return posn, 0, 0
}

func sortLoadErrors(errs []LoadError) {
	sort.SliceStable(errs, func(i, j int) bool {
		a, b := errs[i], errs[j]
		if a.File != b.File {
			return a.File < b.File
		}
		if a.Line != b.Line {
			return a.Line < b.Line
		}
		if a.Col != b.Col {
			return a.Col < b.Col
		}
		return a.String() < b.String()
	})
}

func sortFindings(fs []Finding) {
	sort.SliceStable(fs, func(i, j int) bool {
		a, b := fs[i].Fset.Position(fs[i].Diagnostic.Pos), fs[j].Fset.Position(fs[j].Diagnostic.Pos)
		if a.Filename != b.Filename {
			return a.Filename < b.Filename
		}
		if a.Line != b.Line {
			return a.Line < b.Line
		}
		if a.Column != b.Column {
			return a.Column < b.Column
		}
		if fs[i].Diagnostic.Category != fs[j].Diagnostic.Category {
			return fs[i].Diagnostic.Category < fs[j].Diagnostic.Category
		}
		if fs[i].Diagnostic.Message != fs[j].Diagnostic.Message {
			return fs[i].Diagnostic.Message < fs[j].Diagnostic.Message
		}
		// A package before its test variant, so that dedupe keeps the same
		// one in every run.
		if fs[i].Package != fs[j].Package {
			return fs[i].Package < fs[j].Package
		}
		return fs[i].Analyzer < fs[j].Analyzer
	})
}

// dedupe drops findings reported twice: a package and its test variant
// share files.
func dedupe(fs []Finding) []Finding {
	var out []Finding
	seen := map[string]bool{}
	for _, f := range fs {
		key := f.Fset.Position(f.Diagnostic.Pos).String() + "|" + f.Diagnostic.Category + "|" + f.Diagnostic.Message
		if !seen[key] {
			seen[key] = true
			out = append(out, f)
		}
	}
	return out
}
