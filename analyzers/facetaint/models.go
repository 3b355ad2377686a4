package facetaint

import (
	"go/types"
	"strings"
	"sync"

	"github.com/facelint/facelint/rules"
)

// models indexes the API models of a rule set by function name.
type models struct {
	sources     map[string]*rules.Source
	sinks       map[string]*rules.Sink
	propagators map[string]*rules.Propagator
	extractors  map[string]*rules.Propagator
	sanitizers  map[string]*rules.Propagator
	guards      map[string]*rules.Guard
	verifiers   map[string]*rules.Verifier
	insecure    map[string]*rules.Insecure // funcs
	insecureFld map[string]*rules.Insecure // fields
	expiries    map[string]*rules.Expiry
	deniers     map[string]*rules.Denier
	routes      map[string]*rules.Route
	wrappers    map[string]*rules.Wrapper
	uploads     map[string]*rules.UploadCall
	faceTypes   map[string]rules.Label
	faceFields  map[string]rules.Label
	carriers    map[string]*rules.Carrier
	carrierFlds map[string]*rules.Carrier
	faceAPIs    []*rules.FaceAPI
	metaFuncs   map[string]bool
	metaFields  map[string]bool
	binds       map[string]*rules.Bind
	reads       map[string]*rules.Read
	views       map[string]*rules.View
	entryFuncs  map[string]*rules.EntryPoint
	entryEmbeds []*rules.EntryPoint
	forks       []*rules.Fork
	// modelled holds every function name of the tables above: a function
	// type's name among them stands for calls of its values.
	modelled map[string]bool
}

func index[T any](m map[string]T, funcs []string, v T) {
	for _, s := range funcs {
		if f, err := rules.ParseFunc(s); err == nil {
			m[f.String()] = v // later entries (the project's) win
		}
	}
}

// modelsCache holds the index of each rule set: sets are immutable and
// shared by every package of a run (faceconfig caches them).
var modelsCache sync.Map // *rules.Set -> *models

// modelsOf returns the index of a rule set's models.
func modelsOf(set *rules.Set) *models {
	if m, ok := modelsCache.Load(set); ok {
		return m.(*models)
	}
	m, _ := modelsCache.LoadOrStore(set, newModels(set))
	return m.(*models)
}

func newModels(set *rules.Set) *models {
	ms := &set.Models
	m := &models{
		sources: map[string]*rules.Source{}, sinks: map[string]*rules.Sink{},
		propagators: map[string]*rules.Propagator{}, extractors: map[string]*rules.Propagator{},
		sanitizers: map[string]*rules.Propagator{}, guards: map[string]*rules.Guard{},
		verifiers: map[string]*rules.Verifier{}, insecure: map[string]*rules.Insecure{},
		insecureFld: map[string]*rules.Insecure{}, expiries: map[string]*rules.Expiry{},
		deniers: map[string]*rules.Denier{}, routes: map[string]*rules.Route{},
		wrappers: map[string]*rules.Wrapper{}, uploads: map[string]*rules.UploadCall{},
		faceTypes: map[string]rules.Label{}, faceFields: map[string]rules.Label{},
		carriers: map[string]*rules.Carrier{}, carrierFlds: map[string]*rules.Carrier{},
		faceAPIs: ms.FaceAPIs, metaFuncs: map[string]bool{}, metaFields: map[string]bool{},
		binds: map[string]*rules.Bind{}, reads: map[string]*rules.Read{}, views: map[string]*rules.View{},
		entryFuncs: map[string]*rules.EntryPoint{}, forks: ms.Forks,
	}
	for _, x := range ms.Sources {
		index(m.sources, x.Funcs, x)
	}
	for _, x := range ms.Sinks {
		index(m.sinks, x.Funcs, x)
	}
	for _, x := range ms.Propagators {
		index(m.propagators, x.Funcs, x)
	}
	for _, x := range ms.Extractors {
		index(m.extractors, x.Funcs, x)
	}
	for _, x := range ms.Sanitizers {
		index(m.sanitizers, x.Funcs, x)
	}
	for _, x := range ms.Guards {
		index(m.guards, x.Funcs, x)
	}
	for _, x := range ms.Verifiers {
		index(m.verifiers, x.Funcs, x)
	}
	for _, x := range ms.Insecure {
		index(m.insecure, x.Funcs, x)
		for _, f := range x.Fields {
			m.insecureFld[f] = x
		}
	}
	for _, x := range ms.Expiries {
		index(m.expiries, x.Funcs, x)
	}
	for _, x := range ms.Deniers {
		index(m.deniers, x.Funcs, x)
	}
	for _, x := range ms.Routes {
		index(m.routes, x.Funcs, x)
	}
	for _, x := range ms.Wrappers {
		index(m.wrappers, x.Funcs, x)
	}
	for _, x := range set.Upload.Calls {
		index(m.uploads, x.Funcs, x)
	}
	for _, x := range ms.FaceData {
		for _, t := range x.Types {
			m.faceTypes[t] = x.Label
		}
		for _, f := range x.Fields {
			m.faceFields[f] = x.Label
		}
	}
	for _, x := range ms.Carriers {
		index(m.carriers, x.Funcs, x)
		for _, f := range x.Fields {
			m.carrierFlds[f] = x
		}
	}
	for _, x := range ms.Metadata {
		index(m.metaFuncs, x.Funcs, true)
		for _, f := range x.Fields {
			m.metaFields[f] = true
		}
	}
	for _, x := range ms.Binds {
		index(m.binds, x.Funcs, x)
	}
	for _, x := range ms.Reads {
		index(m.reads, x.Funcs, x)
	}
	for _, x := range ms.Views {
		index(m.views, x.Funcs, x)
	}
	for _, x := range ms.EntryPoints {
		if len(x.Embeds) > 0 {
			m.entryEmbeds = append(m.entryEmbeds, x)
		}
		index(m.entryFuncs, x.Funcs, x)
	}
	m.modelled = map[string]bool{}
	for _, names := range [][]string{
		keysOf(m.sources), keysOf(m.sinks), keysOf(m.propagators), keysOf(m.extractors), keysOf(m.sanitizers),
		keysOf(m.guards), keysOf(m.verifiers), keysOf(m.insecure), keysOf(m.expiries), keysOf(m.deniers),
		keysOf(m.routes), keysOf(m.wrappers), keysOf(m.uploads), keysOf(m.carriers), keysOf(m.metaFuncs),
		keysOf(m.binds), keysOf(m.reads), keysOf(m.views), keysOf(m.entryFuncs),
	} {
		for _, k := range names {
			m.modelled[k] = true
		}
	}
	return m
}

func keysOf[T any](table map[string]T) []string {
	out := make([]string, 0, len(table))
	for k := range table {
		out = append(out, k)
	}
	return out
}

// funcKeys returns the names a model may use for a callee: the declaring
// name of fn, then the name through the static receiver type at the call
// (recv, nil for functions), each with and without pointer receiver; canon
// maps the import path of a fork to the path of the package it forks. A
// function that cgo generates for C.f is also named "C.f".
func funcKeys(fn *types.Func, recv types.Type, canon func(string) string) []string {
	fn = fn.Origin()
	var keys []string
	add := func(k string) {
		for _, x := range keys {
			if x == k {
				return
			}
		}
		keys = append(keys, k)
	}
	sig := fn.Type().(*types.Signature)
	if sig.Recv() == nil {
		if fn.Pkg() != nil {
			add(fn.Pkg().Path() + "." + fn.Name())
			add(canon(fn.Pkg().Path()) + "." + fn.Name())
		}
		if c, ok := strings.CutPrefix(fn.Name(), "_Cfunc_"); ok {
			add("C." + c)
		}
		return keys
	}
	for _, t := range []types.Type{sig.Recv().Type(), recv} {
		if t == nil {
			continue
		}
		name, ok := namedPath(t)
		if !ok {
			continue
		}
		for _, n := range []string{name, canonicalName(name, canon)} {
			add("(*" + n + ")." + fn.Name())
			add("(" + n + ")." + fn.Name())
		}
	}
	return keys
}

// keysKey identifies a callee and its receiver type at a call.
type keysKey struct {
	fn   *types.Func
	recv types.Type
}

// keys memoises funcKeys: the same callee is looked up at every call, in
// every round.
func (pa *pkgAnalysis) keys(fn *types.Func, recv types.Type) []string {
	k := keysKey{fn, recv}
	if out, ok := pa.keysMemo[k]; ok {
		return out
	}
	out := funcKeys(fn, recv, pa.canonicalPath)
	pa.keysMemo[k] = out
	return out
}

// namedPath returns "pkg/path.Type" for a named type or a pointer to one,
// without type arguments.
func namedPath(t types.Type) (string, bool) {
	if p, ok := types.Unalias(t).(*types.Pointer); ok {
		t = p.Elem()
	}
	n, ok := types.Unalias(t).(*types.Named)
	if !ok || n.Obj().Pkg() == nil {
		return "", false
	}
	return n.Obj().Pkg().Path() + "." + n.Obj().Name(), true
}

// lookup finds the model of a callee in one table.
func lookup[T any](table map[string]T, keys []string) (T, bool) {
	for _, k := range keys {
		if v, ok := table[k]; ok {
			return v, true
		}
	}
	var zero T
	return zero, false
}

// fieldKey returns "pkg/path.Type.Field" for a field of a named struct, as
// models name it (a fork's fields by the forked package).
func (pa *pkgAnalysis) fieldKey(structType types.Type, field *types.Var) string {
	name, ok := namedPath(structType)
	if !ok {
		return ""
	}
	return pa.canonical(name) + "." + field.Name()
}

// canonicalPath returns the import path whose models apply to the package
// at path: the modelled package a fork copies (recognised by its package
// name and the types it declares), or path itself.
func (pa *pkgAnalysis) canonicalPath(path string) string {
	if c, ok := pa.forkMemo[path]; ok {
		return c
	}
	c := path
	if pkg := pa.packageAt(path); pkg != nil {
		for _, f := range pa.models.forks {
			if f.Of != path && pkg.Name() == f.Package && declaresAll(pkg, f.Types) {
				c = f.Of
				break
			}
		}
	}
	pa.forkMemo[path] = c
	return c
}

// canonical maps the package of a qualified name ("pkg/path.Name") to the
// package it forks.
func (pa *pkgAnalysis) canonical(qualified string) string {
	return canonicalName(qualified, pa.canonicalPath)
}

func canonicalName(qualified string, canon func(string) string) string {
	i := strings.LastIndexByte(qualified, '.')
	if i <= 0 {
		return qualified
	}
	return canon(qualified[:i]) + qualified[i:]
}

// packageAt returns the package with an import path among the package
// being analysed and its (transitive) imports.
func (pa *pkgAnalysis) packageAt(path string) *types.Package {
	if pa.pkgIndex == nil {
		pa.pkgIndex = map[string]*types.Package{}
		var visit func(p *types.Package)
		visit = func(p *types.Package) {
			if _, ok := pa.pkgIndex[p.Path()]; ok {
				return
			}
			pa.pkgIndex[p.Path()] = p
			for _, imp := range p.Imports() {
				visit(imp)
			}
		}
		visit(pa.pass.Pkg)
	}
	return pa.pkgIndex[path]
}

// declaresAll reports whether a package declares a type of every name.
func declaresAll(pkg *types.Package, names []string) bool {
	for _, n := range names {
		if _, ok := pkg.Scope().Lookup(n).(*types.TypeName); !ok {
			return false
		}
	}
	return true
}
