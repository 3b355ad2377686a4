package driver

import (
	"fmt"
	"go/types"
	"net/url"
	"os"
	"reflect"
	"slices"
	"sort"
	"strings"
	"sync"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/packages"

	"github.com/facelint/facelint/analyzers/faceconfig"
	"github.com/facelint/facelint/analyzers/facetaint"
)

// The analysis of the packages loaded from source, as
// golang.org/x/tools/go/analysis/checker runs it, except that the facts of
// the packages not analysed come from the cache.
//
// An action is one analyzer on one package. The root packages run every
// analyzer asked for; the other analysed packages run the analyzers that
// produce facts (and what those require). Facts cross packages as the
// checker passes them on: an action sees the facts of the packages below
// it in the import graph, filtered at each import edge by what the
// imported package's export data can mention (checker's exportedFrom):
// the facts of a package-level function or variable only in the packages
// that import its package directly; those of methods, fields, types and
// constants in every package above.

// pkgRun is the analysis of one package.
type pkgRun struct {
	n       *node
	root    bool
	actions map[*analysis.Analyzer]*action
	order   []*action // prerequisites first

	mu       sync.Mutex
	objFacts map[objectFactKey]analysis.Fact // facts on the package's own objects
	pkgFacts map[reflect.Type]analysis.Fact  // facts on the package

	direct  map[*node]bool // the (non-broken) imports
	closure map[*node]bool // every package below, through non-broken imports
	failed  bool           // an action failed: importers' actions of the same analyzer fail too
	done    chan struct{}
}

type objectFactKey struct {
	obj types.Object
	typ reflect.Type
}

// action is one analyzer on one package.
type action struct {
	a      *analysis.Analyzer
	run    *pkgRun
	deps   []*action // prerequisites on the same package
	result any
	err    error
	diags  []analysis.Diagnostic
}

// executor runs the analyses of a run.
type executor struct {
	l         *loader
	analyzers []*analysis.Analyzer // asked for on the roots
	factual   []*analysis.Analyzer // those that produce facts, and what they require
	cpu       chan struct{}
	// engine keeps the engine's result and the syntax of the roots.
	engine bool
	// store writes the facts of a package to the cache.
	store func(r *pkgRun)
}

// requiresClosure returns the analyzers and everything they require.
func requiresClosure(as []*analysis.Analyzer) []*analysis.Analyzer {
	var out []*analysis.Analyzer
	seen := map[*analysis.Analyzer]bool{}
	var visit func(a *analysis.Analyzer)
	visit = func(a *analysis.Analyzer) {
		if seen[a] {
			return
		}
		seen[a] = true
		for _, req := range a.Requires {
			visit(req)
		}
		out = append(out, a)
	}
	for _, a := range as {
		visit(a)
	}
	return out
}

// newExecutor prepares the analysis of roots with analyzers.
func newExecutor(l *loader, analyzers []*analysis.Analyzer, engine bool) (*executor, error) {
	if err := analysis.Validate(analyzers); err != nil {
		return nil, err
	}
	e := &executor{l: l, analyzers: analyzers, cpu: l.cpu, engine: engine}
	var withFacts []*analysis.Analyzer
	for _, a := range requiresClosure(analyzers) {
		if len(a.FactTypes) > 0 {
			withFacts = append(withFacts, a)
		}
	}
	e.factual = requiresClosure(withFacts)
	return e, nil
}

// newRun creates the actions of an analysed package.
func (e *executor) newRun(n *node, root bool) *pkgRun {
	r := &pkgRun{n: n, root: root, actions: map[*analysis.Analyzer]*action{},
		objFacts: map[objectFactKey]analysis.Fact{}, pkgFacts: map[reflect.Type]analysis.Fact{}, done: make(chan struct{})}
	set := e.factual
	if root {
		set = requiresClosure(e.analyzers)
	}
	for _, a := range set {
		act := &action{a: a, run: r}
		for _, req := range a.Requires {
			act.deps = append(act.deps, r.actions[req])
		}
		r.actions[a] = act
		r.order = append(r.order, act)
	}
	n.run = r
	return r
}

// execute runs every analysed package, each after the packages it imports.
func (e *executor) execute(runs []*pkgRun) {
	var wg sync.WaitGroup
	for _, r := range runs {
		wg.Add(1)
		go func() {
			defer wg.Done()
			defer close(r.done)
			e.computeClosure(r)
			for dep := range r.closure {
				if dep.run != nil {
					<-dep.run.done
				}
			}
			e.cpu <- struct{}{}
			defer func() { <-e.cpu }()
			e.runPackage(r)
		}()
	}
	wg.Wait()
}

// computeClosure records the packages below r through the imports that
// partial loading kept.
func (e *executor) computeClosure(r *pkgRun) {
	r.direct = map[*node]bool{}
	r.closure = map[*node]bool{}
	var visit func(n *node)
	visit = func(n *node) {
		for _, ipkg := range n.pkg.Imports {
			imp := e.l.byPkg[ipkg]
			if !r.closure[imp] {
				r.closure[imp] = true
				visit(imp)
			}
		}
	}
	for _, ipkg := range r.n.pkg.Imports {
		r.direct[e.l.byPkg[ipkg]] = true
	}
	visit(r.n)
}

// runPackage runs the actions of a package in order.
func (e *executor) runPackage(r *pkgRun) {
	p := r.n.pkg
	for _, act := range r.order {
		var failed []string
		for _, dep := range act.deps {
			if dep.err != nil {
				failed = append(failed, dep.String())
			}
		}
		if len(act.a.FactTypes) > 0 {
			for dep := range r.direct {
				if dep.run != nil {
					if d := dep.run.actions[act.a]; d != nil && d.err != nil {
						failed = append(failed, d.String())
					}
				}
			}
		}
		if len(failed) > 0 {
			sort.Strings(failed)
			act.err = fmt.Errorf("failed prerequisites: %s", strings.Join(failed, ", "))
			continue
		}
		inputs := map[*analysis.Analyzer]any{}
		for _, dep := range act.deps {
			inputs[dep.a] = dep.result
		}
		module := &analysis.Module{}
		if m := p.Module; m != nil {
			module = analysisModule(m)
		}
		pass := &analysis.Pass{
			Analyzer:     act.a,
			Fset:         p.Fset,
			Files:        p.Syntax,
			OtherFiles:   p.OtherFiles,
			IgnoredFiles: p.IgnoredFiles,
			Pkg:          p.Types,
			TypesInfo:    p.TypesInfo,
			TypesSizes:   p.TypesSizes,
			TypeErrors:   p.TypeErrors,
			Module:       module,
			ResultOf:     inputs,
			Report:       func(d analysis.Diagnostic) { act.diags = append(act.diags, d) },
			ImportObjectFact: func(obj types.Object, ptr analysis.Fact) bool {
				return e.importObjectFact(act, obj, ptr)
			},
			ExportObjectFact: func(obj types.Object, fact analysis.Fact) {
				if obj.Pkg() != p.Types {
					panic(fmt.Sprintf("internal error: in analysis %s of package %s: Fact.Set(%s, %T): can't set facts on objects belonging another package", act.a, p.Types.Path(), obj, fact))
				}
				r.mu.Lock()
				r.objFacts[objectFactKey{obj, factType(fact)}] = fact
				r.mu.Unlock()
			},
			ImportPackageFact: func(pkg *types.Package, ptr analysis.Fact) bool {
				return e.importPackageFact(act, pkg, ptr)
			},
			ExportPackageFact: func(fact analysis.Fact) {
				r.mu.Lock()
				r.pkgFacts[factType(fact)] = fact
				r.mu.Unlock()
			},
			AllObjectFacts:  func() []analysis.ObjectFact { return e.allObjectFacts(act) },
			AllPackageFacts: func() []analysis.PackageFact { return e.allPackageFacts(act) },
		}
		pass.ReadFile = checkedReadFile(pass)
		act.result, act.err = func() (any, error) {
			if p.IllTyped && !act.a.RunDespiteErrors {
				return nil, fmt.Errorf("analysis skipped due to errors in package")
			}
			result, err := act.a.Run(pass)
			if err != nil {
				return nil, err
			}
			if got, want := reflect.TypeOf(result), act.a.ResultType; got != want {
				return nil, fmt.Errorf("internal error: on package %s, analyzer %s returned a result of type %v, but declared ResultType %v", p.Types.Path(), act.a, got, want)
			}
			for i := range act.diags {
				u, err := resolveURL(act.a, act.diags[i])
				if err != nil {
					return nil, err
				}
				act.diags[i].URL = u
			}
			return result, nil
		}()
		pass.ExportObjectFact = nil
		pass.ExportPackageFact = nil
		if act.err != nil {
			r.failed = true
		}
	}
	if !r.failed && e.store != nil {
		e.store(r)
	}
	// What importers need is in the facts; free the rest, but for the
	// roots' diagnostics and the rule set of faceconfig (and the engine's
	// results with the syntax they point into, when they are wanted).
	keep := r.root && e.engine
	for _, act := range r.order {
		if !r.root || act.a != faceconfig.Analyzer && !(keep && act.a == facetaint.Analyzer) {
			act.result = nil
		}
	}
	if !keep {
		p.Syntax, p.TypesInfo = nil, nil
	}
}

// String names an action as the checker does.
func (act *action) String() string {
	return fmt.Sprintf("%s@%s", act.a, act.run.n.pkg)
}

func factType(fact analysis.Fact) reflect.Type {
	t := reflect.TypeOf(fact)
	if t.Kind() != reflect.Pointer {
		panic(fmt.Sprintf("invalid Fact type: got %T, want pointer", fact))
	}
	return t
}

// hasFactType reports whether an analyzer declares the fact type of ptr.
func hasFactType(a *analysis.Analyzer, t reflect.Type) bool {
	return slices.ContainsFunc(a.FactTypes, func(f analysis.Fact) bool { return reflect.TypeOf(f) == t })
}

// visible reports whether the facts on obj, which belongs to the package
// of owner, reach the package of r, as the checker's exportedFrom filter
// passes them on import edge after import edge.
func (r *pkgRun) visible(obj types.Object, owner *node) bool {
	switch obj := obj.(type) {
	case *types.Func:
		if obj.Signature().Recv() != nil {
			return r.closure[owner]
		}
		return obj.Exported() && r.direct[owner]
	case *types.Var:
		if obj.IsField() {
			return r.closure[owner]
		}
		return r.direct[owner]
	case *types.TypeName, *types.Const:
		return r.closure[owner]
	}
	return false
}

// owner returns the node of a package.
func (e *executor) owner(pkg *types.Package) *node {
	if pkg == nil {
		return nil
	}
	return e.l.byTypes[pkg]
}

func (e *executor) importObjectFact(act *action, obj types.Object, ptr analysis.Fact) bool {
	if obj == nil {
		panic("nil object")
	}
	t := factType(ptr)
	r := act.run
	var fact analysis.Fact
	switch owner := e.owner(obj.Pkg()); {
	case owner == nil || !hasFactType(act.a, t):
	case owner == r.n:
		r.mu.Lock()
		fact = r.objFacts[objectFactKey{obj, t}]
		r.mu.Unlock()
	case !r.visible(obj, owner):
	case owner.run != nil:
		if a := owner.run.actions[act.a]; a != nil && a.err == nil {
			fact = owner.run.objFacts[objectFactKey{obj, t}]
		}
	case owner.cached != nil:
		fact = owner.cached.object(owner.types, obj, t)
	}
	if fact == nil {
		return false
	}
	reflect.ValueOf(ptr).Elem().Set(reflect.ValueOf(fact).Elem())
	return true
}

func (e *executor) importPackageFact(act *action, pkg *types.Package, ptr analysis.Fact) bool {
	if pkg == nil {
		panic("nil package")
	}
	t := factType(ptr)
	r := act.run
	var fact analysis.Fact
	switch owner := e.owner(pkg); {
	case owner == nil || !hasFactType(act.a, t):
	case owner == r.n:
		r.mu.Lock()
		fact = r.pkgFacts[t]
		r.mu.Unlock()
	case !r.closure[owner]:
	case owner.run != nil:
		if a := owner.run.actions[act.a]; a != nil && a.err == nil {
			fact = owner.run.pkgFacts[t]
		}
	case owner.cached != nil:
		fact = owner.cached.pkg(t)
	}
	if fact == nil {
		return false
	}
	reflect.ValueOf(ptr).Elem().Set(reflect.ValueOf(fact).Elem())
	return true
}

// allObjectFacts returns the object facts an action sees, of its
// analyzer's fact types.
func (e *executor) allObjectFacts(act *action) []analysis.ObjectFact {
	r := act.run
	var out []analysis.ObjectFact
	add := func(owner *node, facts map[objectFactKey]analysis.Fact) {
		for k, f := range facts {
			if hasFactType(act.a, k.typ) && (owner == r.n || r.visible(k.obj, owner)) {
				out = append(out, analysis.ObjectFact{Object: k.obj, Fact: f})
			}
		}
	}
	r.mu.Lock()
	add(r.n, r.objFacts)
	r.mu.Unlock()
	for owner := range r.closure {
		switch {
		case owner.run != nil:
			add(owner, owner.run.objFacts)
		case owner.cached != nil:
			add(owner, owner.cached.objects(owner.types))
		}
	}
	return out
}

// allPackageFacts returns the package facts an action sees, of its
// analyzer's fact types.
func (e *executor) allPackageFacts(act *action) []analysis.PackageFact {
	r := act.run
	var out []analysis.PackageFact
	add := func(owner *node, facts map[reflect.Type]analysis.Fact) {
		for t, f := range facts {
			if hasFactType(act.a, t) {
				out = append(out, analysis.PackageFact{Package: owner.types, Fact: f})
			}
		}
	}
	r.mu.Lock()
	add(r.n, r.pkgFacts)
	r.mu.Unlock()
	for owner := range r.closure {
		switch {
		case owner.run != nil:
			add(owner, owner.run.pkgFacts)
		case owner.cached != nil:
			add(owner, owner.cached.packageFacts())
		}
	}
	return out
}

// checkedReadFile is pass.ReadFile as the checker sets it: the files of
// the package only.
func checkedReadFile(pass *analysis.Pass) func(string) ([]byte, error) {
	return func(filename string) ([]byte, error) {
		for _, files := range [][]string{pass.OtherFiles, pass.IgnoredFiles} {
			if slices.Contains(files, filename) {
				return os.ReadFile(filename)
			}
		}
		for _, f := range pass.Files {
			if tf := pass.Fset.File(f.FileStart); tf != nil && tf.Name() == filename {
				return os.ReadFile(filename)
			}
		}
		return nil, fmt.Errorf("Pass.ReadFile: %s is not among OtherFiles, IgnoredFiles, or names of Files", filename)
	}
}

// resolveURL resolves a diagnostic's URL against its analyzer's, as the
// checker does.
func resolveURL(a *analysis.Analyzer, d analysis.Diagnostic) (string, error) {
	if d.URL == "" && d.Category == "" && a.URL == "" {
		return "", nil
	}
	raw := d.URL
	if d.URL == "" && d.Category != "" {
		raw = "#" + d.Category
	}
	u, err := url.Parse(raw)
	if err != nil {
		return "", fmt.Errorf("invalid Diagnostic.URL %q: %s", raw, err)
	}
	base, err := url.Parse(a.URL)
	if err != nil {
		return "", fmt.Errorf("invalid Analyzer.URL %q: %s", a.URL, err)
	}
	return base.ResolveReference(u).String(), nil
}

// analysisModule converts go/packages' module to the analysis API's, as
// the checker does.
func analysisModule(m *packages.Module) *analysis.Module {
	if m == nil {
		return nil
	}
	var modErr *analysis.ModuleError
	if m.Error != nil {
		modErr = &analysis.ModuleError{Err: m.Error.Err}
	}
	return &analysis.Module{
		Path:      m.Path,
		Version:   m.Version,
		Replace:   analysisModule(m.Replace),
		Time:      m.Time,
		Main:      m.Main,
		Indirect:  m.Indirect,
		Dir:       m.Dir,
		GoMod:     m.GoMod,
		GoVersion: m.GoVersion,
		Error:     modErr,
	}
}
