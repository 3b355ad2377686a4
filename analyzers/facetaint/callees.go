package facetaint

import (
	"go/types"
	"slices"
	"sync/atomic"

	"golang.org/x/tools/go/ssa"
)

// callee is one function a call may reach.
type callee struct {
	obj  *types.Func   // the declared function (origin); nil for anonymous functions
	fn   *ssa.Function // its SSA function when it belongs to this package
	recv types.Type    // static receiver type at the call, for model names
}

// maxImpls bounds the implementations an interface call resolves to.
const maxImpls = 16

// callees resolves the functions a call may reach: the static callee, the
// interface method (first) and its implementations visible from the
// package, or the functions a function value is known to hold. It returns
// nil for calls to unknown function values.
func (pa *pkgAnalysis) callees(c *ssa.CallCommon) []callee {
	if out, ok := pa.calleesMemo[c]; ok {
		return out
	}
	out := pa.resolveCallees(c)
	pa.calleesMemo[c] = out
	return out
}

func (pa *pkgAnalysis) resolveCallees(c *ssa.CallCommon) []callee {
	if _, ok := c.Value.(*ssa.Builtin); ok {
		return nil
	}
	if c.IsInvoke() {
		out := []callee{{obj: c.Method, recv: c.Value.Type()}}
		for _, m := range pa.impls(c.Value.Type(), c.Method) {
			out = append(out, pa.declared(m, nil))
		}
		return out
	}
	if fn := c.StaticCallee(); fn != nil {
		return []callee{pa.calleeOf(fn, c)}
	}
	var out []callee
	for _, fn := range pa.funcValues(c.Value) {
		out = append(out, pa.calleeOf(fn, c))
	}
	if len(out) == 0 {
		if obj := pa.funcTypeCallee(c.Value.Type()); obj != nil {
			out = append(out, callee{obj: obj})
		}
	}
	return out
}

// funcTypeCallee returns, for a call of an unknown value of a modelled
// named function type (go-elasticsearch's es.Index(index, body) calls a
// field of type esapi.Index), a function standing for the type: models
// name it as a function of the type's package. It returns nil for other
// types.
func (pa *pkgAnalysis) funcTypeCallee(t types.Type) *types.Func {
	n, ok := types.Unalias(t).(*types.Named)
	if !ok || n.Obj().Pkg() == nil {
		return nil
	}
	sig, ok := n.Underlying().(*types.Signature)
	if !ok {
		return nil
	}
	tn := n.Origin().Obj()
	if obj, ok := pa.funcTypes[tn]; ok {
		return obj
	}
	var obj *types.Func
	for _, path := range []string{tn.Pkg().Path(), pa.canonicalPath(tn.Pkg().Path())} {
		if pa.models.modelled[path+"."+tn.Name()] {
			obj = types.NewFunc(tn.Pos(), tn.Pkg(), tn.Name(), sig)
			break
		}
	}
	pa.funcTypes[tn] = obj
	return obj
}

func (pa *pkgAnalysis) calleeOf(fn *ssa.Function, c *ssa.CallCommon) callee {
	if fn.Parent() != nil {
		return callee{fn: fn}
	}
	obj := funcObj(fn)
	if obj == nil {
		if pa.unitOf[fn] != nil {
			return callee{fn: fn}
		}
		return callee{}
	}
	var recv types.Type
	if args := callArgs(c); obj.Type().(*types.Signature).Recv() != nil && len(args) > 0 {
		recv = args[0].Type()
	}
	return pa.declared(obj, recv)
}

func (pa *pkgAnalysis) declared(obj *types.Func, recv types.Type) callee {
	obj = obj.Origin()
	return callee{obj: obj, fn: pa.fnOf[obj], recv: recv}
}

// maxFuncValues bounds the functions a function value resolves to.
const maxFuncValues = 8

// funcValues returns the functions a function value may hold, when SSA
// knows them (through conversions and phis). Results are memoised for the
// package, so that a web of phis is walked once however many calls use it:
// the cost stays linear in the size of a function.
func (pa *pkgAnalysis) funcValues(v ssa.Value) []*ssa.Function {
	switch x := v.(type) {
	case *ssa.Function:
		return []*ssa.Function{x}
	case *ssa.MakeClosure:
		return []*ssa.Function{x.Fn.(*ssa.Function)}
	case *ssa.ChangeType, *ssa.Phi:
	default:
		return nil
	}
	if out, ok := pa.fvMemo[v]; ok {
		return out
	}
	pa.fvMemo[v] = nil // cycle guard: a value on a cycle being visited yields nothing more
	funcValueSteps.Add(1)
	var out []*ssa.Function
	add := func(fns []*ssa.Function) {
		for _, fn := range fns {
			if len(out) < maxFuncValues && !slices.Contains(out, fn) {
				out = append(out, fn)
			}
		}
	}
	switch x := v.(type) {
	case *ssa.ChangeType:
		add(pa.funcValues(x.X))
	case *ssa.Phi:
		for _, e := range x.Edges {
			add(pa.funcValues(e))
		}
	}
	pa.fvMemo[v] = out
	return out
}

// funcValueSteps counts the values funcValues walks, for the test that its
// cost is linear.
var funcValueSteps atomic.Int64

// impls returns the methods implementing iface's method m among the named
// types of the package and of its direct imports (analysed packages only:
// interfaces of modelled packages are described by models).
func (pa *pkgAnalysis) impls(recv types.Type, m *types.Func) []*types.Func {
	iface, ok := recv.Underlying().(*types.Interface)
	if !ok || m.Pkg() == nil || !pa.analysed(m.Pkg()) {
		return nil
	}
	key := implsKey{recv, m.Name()}
	if out, ok := pa.implsMemo[key]; ok {
		return out
	}
	var out []*types.Func
	for _, t := range pa.typesWithMethod()[m.Name()] {
		if len(out) >= maxImpls {
			break
		}
		for _, t := range []types.Type{t, types.NewPointer(t)} {
			if types.Implements(t, iface) {
				obj, _, _ := types.LookupFieldOrMethod(t, false, m.Pkg(), m.Name())
				if f, ok := obj.(*types.Func); ok {
					out = append(out, f.Origin())
				}
				break
			}
		}
	}
	pa.implsMemo[key] = out
	return out
}

// typesWithMethod indexes, by method name, the concrete named types of the
// package and of its analysed direct imports, in scope order.
func (pa *pkgAnalysis) typesWithMethod() map[string][]types.Type {
	if pa.methodIndex != nil {
		return pa.methodIndex
	}
	pa.methodIndex = map[string][]types.Type{}
	pkgs := []*types.Package{pa.pass.Pkg}
	for _, imp := range pa.pass.Pkg.Imports() {
		if pa.analysed(imp) {
			pkgs = append(pkgs, imp)
		}
	}
	for _, pkg := range pkgs {
		for _, name := range pkg.Scope().Names() {
			tn, ok := pkg.Scope().Lookup(name).(*types.TypeName)
			if !ok || tn.IsAlias() || types.IsInterface(tn.Type()) {
				continue
			}
			if n, ok := tn.Type().(*types.Named); ok && n.TypeParams().Len() > 0 {
				continue
			}
			for _, name := range methodNames(tn.Type()) {
				pa.methodIndex[name] = append(pa.methodIndex[name], tn.Type())
			}
		}
	}
	return pa.methodIndex
}

// methodNames returns the names of the methods of *t: its declared
// methods, and for a struct with embedded fields, the promoted ones too.
func methodNames(t types.Type) []string {
	if st, ok := t.Underlying().(*types.Struct); ok {
		for i := 0; i < st.NumFields(); i++ {
			if st.Field(i).Embedded() {
				ms := types.NewMethodSet(types.NewPointer(t))
				names := make([]string, ms.Len())
				for j := range names {
					names[j] = ms.At(j).Obj().Name()
				}
				return names
			}
		}
	}
	n, ok := t.(*types.Named)
	if !ok {
		return nil
	}
	names := make([]string, n.NumMethods())
	for i := range names {
		names[i] = n.Method(i).Name()
	}
	return names
}

// implsKey identifies an interface method (interface types of the same
// declaration are the same *types.Named).
type implsKey struct {
	iface types.Type
	name  string
}

// analysed reports whether facetaint analyses pkg (or analysed it, for a
// dependency): the package itself, or one with the Analyzed fact.
func (pa *pkgAnalysis) analysed(pkg *types.Package) bool {
	if pkg == pa.pass.Pkg {
		return true
	}
	var a Analyzed
	return pa.pass.ImportPackageFact(pkg, &a)
}
