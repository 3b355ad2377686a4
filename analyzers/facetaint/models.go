package facetaint

import (
	"go/types"
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
	return m
}

// funcKeys returns the names a model may use for a callee: the declaring
// name of fn, then the name through the static receiver type at the call
// (recv, nil for functions), each with and without pointer receiver.
func funcKeys(fn *types.Func, recv types.Type) []string {
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
		add("(*" + name + ")." + fn.Name())
		add("(" + name + ")." + fn.Name())
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
	out := funcKeys(fn, recv)
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

// fieldKey returns "pkg/path.Type.Field" for a field of a named struct.
func fieldKey(structType types.Type, field *types.Var) string {
	name, ok := namedPath(structType)
	if !ok {
		return ""
	}
	return name + "." + field.Name()
}
