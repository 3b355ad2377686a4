package facetaint

import (
	"go/token"
	"go/types"

	"golang.org/x/tools/go/ssa"
)

// Consent middleware.
//
// A consent middleware is a function that wraps a handler so that the
// handler runs only after consent was given. It is declared with
// //facelint:consent-middleware or a [[guard]] model of kind "middleware",
// or recognised in the net/http way of writing one: the function takes the
// next handler (func(next http.Handler) http.Handler, go-zero's
// rest.Middleware, echo's MiddlewareFunc) and calls it only after a
// successful consent check.
//
// In frameworks whose handler chain goes on unless a middleware aborts it
// (gin, hertz, fiber), a consent middleware is recognised too: a function
// that calls Next on its context only after a successful consent check,
// and refuses the request (401 or 403, [[deny]] models) on every path that
// returns without consent; or a function that returns one.
//
// Services keep middleware in struct fields and variables (goctl's
// ServiceContext holds each middleware of the API as a rest.Middleware
// field, set in NewServiceContext and read where routes are registered):
// a field or package variable that is given a consent middleware holds
// one, in the package and, by the Middleware fact, in the packages that
// read it.

// guardsNext reports whether a unit is consent middleware written the
// net/http way. It runs in the bottom-up guard phase, before callers'
// contexts are known: the consent check must be inside the middleware.
func (pa *pkgAnalysis) guardsNext(u *unit) bool {
	next := map[ssa.Value]bool{}
	for _, p := range u.root.Params {
		if isHandlerType(p.Type()) {
			next[p] = true
		}
	}
	if len(next) == 0 {
		return false
	}
	// The closures the middleware returns call next as a free variable: a
	// captured parameter is copied into a variable whose address the
	// closures capture. u.fns lists enclosing functions before the
	// closures they make.
	for _, fn := range u.fns {
		for _, b := range fn.Blocks {
			for _, instr := range b.Instrs {
				switch x := instr.(type) {
				case *ssa.Store:
					if next[x.Val] {
						next[x.Addr] = true
					}
				case *ssa.MakeClosure:
					inner := x.Fn.(*ssa.Function)
					for i, bound := range x.Bindings {
						if next[bound] && i < len(inner.FreeVars) {
							next[inner.FreeVars[i]] = true
						}
					}
				}
			}
		}
	}
	calls := 0
	for _, fn := range u.fns {
		for _, b := range fn.Blocks {
			for _, instr := range b.Instrs {
				call, ok := instr.(ssa.CallInstruction)
				if !ok || !callsNext(call.Common(), next) {
					continue
				}
				if !pa.guardedAt(call, gConsent) {
					return false
				}
				calls++
			}
		}
	}
	return calls > 0
}

// gatesChain reports whether a unit is, or returns, consent middleware of
// a framework whose handler chain goes on unless it is aborted.
func (pa *pkgAnalysis) gatesChain(u *unit) bool {
	for _, fn := range u.fns {
		if fn == u.root || pa.info[fn].madeBy == u.root {
			if pa.gates(fn) {
				return true
			}
		}
	}
	return false
}

// gates reports whether fn calls Next on one of its parameters only after
// consent, and denies the request wherever it returns without consent.
func (pa *pkgAnalysis) gates(fn *ssa.Function) bool {
	params := map[ssa.Value]bool{}
	for _, p := range fn.Params {
		params[p] = true
	}
	var denials []ssa.Instruction
	nexts := 0
	for _, b := range fn.Blocks {
		for _, instr := range b.Instrs {
			call, ok := instr.(ssa.CallInstruction)
			if !ok {
				continue
			}
			if pa.denierCall(call) != "" {
				denials = append(denials, call)
			}
			if callsMethodOn(call.Common(), "Next", params) {
				if !pa.guardedAt(call, gConsent) {
					return false
				}
				nexts++
			}
		}
	}
	if nexts == 0 {
		return false
	}
	for _, b := range fn.Blocks {
		ret, ok := b.Instrs[len(b.Instrs)-1].(*ssa.Return)
		if !ok || pa.guardedAt(ret, gConsent) {
			continue
		}
		denied := false
		for _, d := range denials {
			denied = denied || dominates(d, ret)
		}
		if !denied {
			return false
		}
	}
	return true
}

// callsMethodOn reports whether a call is a method named name called on
// one of the values vals (c.Next() on a handler's context).
func callsMethodOn(c *ssa.CallCommon, name string, vals map[ssa.Value]bool) bool {
	if c.IsInvoke() {
		return c.Method.Name() == name && vals[strip(c.Value)]
	}
	fn := c.StaticCallee()
	return fn != nil && fn.Name() == name && fn.Signature.Recv() != nil && len(c.Args) > 0 && vals[strip(c.Args[0])]
}

// callsNext reports whether a call runs one of the next handlers: calls
// it, or calls its ServeHTTP method.
func callsNext(c *ssa.CallCommon, next map[ssa.Value]bool) bool {
	isNext := func(v ssa.Value) bool {
		v = strip(v)
		if load, ok := v.(*ssa.UnOp); ok && load.Op == token.MUL {
			v = load.X
		}
		return next[v]
	}
	if isNext(c.Value) {
		return true
	}
	if fn := c.StaticCallee(); fn != nil && fn.Name() == "ServeHTTP" && len(c.Args) > 0 {
		return isNext(c.Args[0])
	}
	return false
}

// isHandlerType reports whether values of t can be handlers: functions
// that take arguments, or values with a ServeHTTP method.
func isHandlerType(t types.Type) bool {
	if sig, ok := t.Underlying().(*types.Signature); ok {
		return sig.Params().Len() > 0
	}
	obj, _, _ := types.LookupFieldOrMethod(t, true, nil, "ServeHTTP")
	_, ok := obj.(*types.Func)
	return ok
}

// findMiddlewareVars records the fields and package variables of handler
// type that are given a consent middleware in the package, and exports
// the Middleware fact on those the package declares.
func (pa *pkgAnalysis) findMiddlewareVars() {
	for _, u := range pa.units {
		for _, fn := range u.fns {
			for _, b := range fn.Blocks {
				for _, instr := range b.Instrs {
					st, ok := instr.(*ssa.Store)
					if !ok {
						continue
					}
					v := varAt(st.Addr)
					if v == nil || pa.routes.mwVars[v] || !isHandlerType(v.Type()) {
						continue
					}
					if pa.resolveHandler(st.Val, false, 0).middleware {
						pa.routes.mwVars[v] = true
						if v.Pkg() == pa.pass.Pkg {
							pa.pass.ExportObjectFact(v, &Middleware{})
						}
					}
				}
			}
		}
	}
}

// varAt returns the struct field or package variable an address refers
// to, or nil.
func varAt(addr ssa.Value) *types.Var {
	switch x := addr.(type) {
	case *ssa.FieldAddr:
		if f := fieldVar(x.X.Type(), x.Field); f != nil {
			return f.Origin()
		}
	case *ssa.Global:
		if v, ok := x.Object().(*types.Var); ok {
			return v
		}
	}
	return nil
}

// holdsMiddleware reports whether a field or package variable holds a
// consent middleware.
func (pa *pkgAnalysis) holdsMiddleware(v *types.Var) bool {
	if pa.routes.mwVars[v] {
		return true
	}
	return v.Pkg() != nil && v.Pkg() != pa.pass.Pkg && pa.pass.ImportObjectFact(v, new(Middleware))
}
