package facetaint

import (
	"go/token"
	"go/types"
	"strings"

	"golang.org/x/tools/go/ssa"

	"github.com/facelint/facelint/rules"
)

// router identifies an HTTP router: the SSA value of a mux, engine or
// group, or a package-level default mux by name.
type router any

// routes is what the package's route registrations say.
type routes struct {
	parent   map[router]router          // group -> the router it was made from
	guarded  map[router]bool            // routers with consent middleware
	handlers map[router][]*ssa.Function // in-package handlers per router
	routesOf map[*ssa.Function][]router // routers a handler is registered on
	paths    map[*ssa.Function][]string // the route patterns a handler is registered with
	wrapped  map[*ssa.Function]bool     // handlers wrapped by consent middleware
	foreign  map[router][]*types.Func   // handlers of other packages per router
	made     map[*ssa.Call]bool         // calls that make a registered handler -> guarded by middleware
	mwVars   map[*types.Var]bool        // fields and variables that hold consent middleware
}

// routePhase reads route registrations: which handlers consent middleware
// wraps (their bodies are guarded), and which handlers share a router (for
// FR301's alternatives).
func (pa *pkgAnalysis) routePhase() {
	r := &routes{
		parent: map[router]router{}, guarded: map[router]bool{}, handlers: map[router][]*ssa.Function{},
		routesOf: map[*ssa.Function][]router{}, wrapped: map[*ssa.Function]bool{}, foreign: map[router][]*types.Func{},
		paths: map[*ssa.Function][]string{}, made: map[*ssa.Call]bool{}, mwVars: map[*types.Var]bool{},
	}
	pa.routes = r
	pa.findMiddlewareVars()
	type registration struct {
		instr ssa.CallInstruction
		model *rules.Route
		key   router
		items []ssa.Value
	}
	var regs []registration
	for _, u := range pa.units {
		for _, fn := range u.fns {
			for _, b := range fn.Blocks {
				for _, instr := range b.Instrs {
					call, ok := instr.(ssa.CallInstruction)
					if !ok {
						continue
					}
					c := call.Common()
					for _, ce := range pa.callees(c) {
						if ce.obj == nil {
							continue
						}
						m, ok := lookup(pa.models.routes, pa.keys(ce.obj, ce.recv))
						if !ok {
							continue
						}
						args := callArgs(c)
						var key router = ce.obj.Pkg().Path() + ".DefaultServeMux"
						if recv := roleValue(c, args, rules.RoleRecv, 0); recv != nil {
							key = routerKey(recv)
						}
						var items []ssa.Value
						for _, role := range m.Handlers {
							kind, n, _ := role.Parse()
							v := roleValue(c, args, kind, n)
							if kind == rules.RoleVariadic {
								items = append(items, variadicElems(v)...)
							} else if v != nil {
								items = append(items, v)
							}
						}
						if m.Group {
							if res := callValue(call); res != nil {
								r.parent[res] = key
							}
						}
						regs = append(regs, registration{call, m, key, items})
						break
					}
				}
			}
		}
	}
	// Sub-routers: the router parameter of a function given to chi's Route
	// or Group is made from the receiver.
	for _, reg := range regs {
		if !reg.model.Subrouter {
			continue
		}
		for _, item := range reg.items {
			for _, fn := range pa.resolveHandler(item, false, 0).funcs {
				if len(fn.Params) > 0 {
					r.parent[routerKey(fn.Params[0])] = reg.key
				}
			}
		}
	}
	// Middleware first (Use and Group), whatever the order of the code.
	for _, reg := range regs {
		if !reg.model.Use && !reg.model.Group {
			continue
		}
		for _, item := range reg.items {
			if pa.resolveHandler(item, false, 0).middleware {
				if reg.model.Use {
					r.guarded[reg.key] = true
				} else if res := callValue(reg.instr); res != nil {
					r.guarded[res] = true
				}
			}
		}
	}
	for _, reg := range regs {
		if reg.model.Use || reg.model.Group || reg.model.Subrouter {
			continue
		}
		guarded := r.isGuarded(reg.key)
		for _, item := range reg.items {
			h := pa.resolveHandler(item, false, 0)
			if h.middleware {
				guarded = true // gin: handlers after a consent middleware in the chain
				continue
			}
			for _, m := range h.made {
				r.made[m.call] = r.made[m.call] || guarded || m.wrapped
			}
			pattern := routePattern(reg.instr)
			pa.recordRoutes(reg.instr, pattern, h, guarded)
			for _, fn := range h.funcs {
				r.handlers[r.tree(reg.key)] = append(r.handlers[r.tree(reg.key)], fn)
				r.routesOf[fn] = append(r.routesOf[fn], r.tree(reg.key))
				if pattern != "" {
					r.paths[fn] = append(r.paths[fn], pattern)
				}
				if guarded || h.wrapped {
					r.wrapped[fn] = true
				}
			}
			for _, obj := range h.foreign {
				r.foreign[r.tree(reg.key)] = append(r.foreign[r.tree(reg.key)], obj)
				pa.foreignHandlerCaptures(reg.instr, obj, guarded || h.wrapped)
			}
		}
	}
	// Everything a registered handler expression is made of is registered
	// with it: s.Door in mux.Handle("/door", RequireConsent(http.HandlerFunc(s.Door))).
	registered := map[ssa.Value]bool{}
	for _, reg := range regs {
		for _, item := range reg.items {
			seen := map[ssa.Value]bool{}
			pa.resolveHandlerSeen(item, false, 0, seen)
			for v := range seen {
				registered[v], registered[strip(v)] = true, true
			}
		}
	}
	pa.wiring(registered)
}

// wiring makes capture points of the exported handlers of other packages
// that this package wires otherwise than on a modelled route: a method or
// function value taken here (given to a framework, stored in a table), or
// a server value given to a generated Register... function (gRPC, OpenAPI
// servers). Their packages left the consent check to whoever wires them.
func (pa *pkgAnalysis) wiring(registered map[ssa.Value]bool) {
	for _, u := range pa.units {
		for _, fn := range u.fns {
			for _, b := range fn.Blocks {
				for _, instr := range b.Instrs {
					if call, ok := instr.(ssa.CallInstruction); ok {
						pa.registerCall(call)
					}
					if _, ok := instr.(*ssa.MakeClosure); ok {
						continue // its function is taken as the closure value
					}
					var ops []*ssa.Value
					for _, op := range instr.Operands(ops) {
						v := strip(*op)
						if registered[v] {
							continue
						}
						if c, ok := instr.(ssa.CallInstruction); ok && v == c.Common().Value {
							continue // a call, not a value taken
						}
						var obj *types.Func
						switch x := v.(type) {
						case *ssa.Function:
							obj = funcObj(x)
						case *ssa.MakeClosure:
							if isBound(x.Fn.(*ssa.Function)) {
								obj = funcObj(x.Fn.(*ssa.Function))
							}
						}
						if obj != nil && obj.Pkg() != pa.pass.Pkg {
							pa.foreignHandlerCaptures(instr, obj, false)
						}
					}
				}
			}
		}
	}
}

// registerCall wires the methods of a server value of another package given
// to a Register... function.
func (pa *pkgAnalysis) registerCall(call ssa.CallInstruction) {
	c := call.Common()
	fn := c.StaticCallee()
	if fn == nil || !strings.HasPrefix(fn.Name(), "Register") {
		return
	}
	for _, a := range c.Args {
		t := strip(a).Type()
		n, ok := namedOrPointer(t)
		if !ok || n.Obj().Pkg() == nil || n.Obj().Pkg() == pa.pass.Pkg {
			continue
		}
		ms := types.NewMethodSet(types.NewPointer(n))
		for i := 0; i < ms.Len(); i++ {
			if m, ok := ms.At(i).Obj().(*types.Func); ok && m.Exported() {
				pa.foreignHandlerCaptures(call, m, false)
			}
		}
	}
}

// namedOrPointer returns the named type of t or of what t points to.
func namedOrPointer(t types.Type) (*types.Named, bool) {
	if p, ok := types.Unalias(t).(*types.Pointer); ok {
		t = p.Elem()
	}
	n, ok := types.Unalias(t).(*types.Named)
	return n, ok
}

// isGuarded reports whether a router or one it was made from has consent
// middleware.
func (r *routes) isGuarded(key router) bool {
	for i := 0; key != nil && i < 16; i++ {
		if r.guarded[key] {
			return true
		}
		key = r.parent[key]
	}
	return false
}

// tree returns the router a group was (transitively) made from.
func (r *routes) tree(key router) router {
	for i := 0; i < 16; i++ {
		p, ok := r.parent[key]
		if !ok {
			return key
		}
		key = p
	}
	return key
}

// routerKey identifies the router a receiver value refers to.
func routerKey(v ssa.Value) router {
	v = strip(v)
	// gin's Engine embeds its RouterGroup: engine.POST is called on
	// &engine.RouterGroup; hertz's Hertz embeds *route.Engine, loaded
	// anew at every call.
	for {
		fa, ok := v.(*ssa.FieldAddr)
		if !ok {
			if un, isLoad := v.(*ssa.UnOp); isLoad && un.Op == token.MUL {
				fa, ok = un.X.(*ssa.FieldAddr)
			}
		}
		if !ok {
			break
		}
		if f := fieldVar(fa.X.Type(), fa.Field); f == nil || !f.Anonymous() {
			break
		}
		v = strip(fa.X)
	}
	if un, ok := v.(*ssa.UnOp); ok {
		if _, isGlobal := un.X.(*ssa.Global); isGlobal {
			return un.X
		}
		if _, isAlloc := un.X.(*ssa.Alloc); isAlloc {
			return un.X
		}
	}
	return v
}

// handler is what a handler expression resolves to.
type handler struct {
	funcs      []*ssa.Function // in-package handler functions
	foreign    []*types.Func   // handler functions of other packages
	made       []madeHandler   // handlers made by calls to other packages' factories
	wrapped    bool            // wrapped by consent middleware
	middleware bool            // the item is itself a consent middleware (gin)
}

// madeHandler is a call to another package's function that returns a
// handler (goctl's handler.EnrolHandler(svcCtx)): what the handler
// captures is in the factory's summary, taken at the call.
type madeHandler struct {
	call    *ssa.Call
	wrapped bool
}

// merge adds what another expression resolves to.
func (h *handler) merge(sub handler) {
	h.funcs = append(h.funcs, sub.funcs...)
	h.foreign = append(h.foreign, sub.foreign...)
	h.made = append(h.made, sub.made...)
	h.wrapped = h.wrapped || sub.wrapped
	h.middleware = h.middleware || sub.middleware
}

// found reports whether the expression resolved to handlers.
func (h *handler) found() bool { return len(h.funcs)+len(h.foreign)+len(h.made) > 0 }

// resolveHandler finds the functions a handler expression runs:
// functions, closures, method values, http.HandlerFunc conversions, the
// handlers passed to middleware calls, the handlers that in-package
// factories return and calls of other packages' factories, the handlers
// of route tables (slices and structs of handlers: go-zero's []rest.Route),
// and the consent middleware held in fields and variables.
func (pa *pkgAnalysis) resolveHandler(v ssa.Value, wrapped bool, depth int) handler {
	return pa.resolveHandlerSeen(v, wrapped, depth, map[ssa.Value]bool{})
}

func (pa *pkgAnalysis) resolveHandlerSeen(v ssa.Value, wrapped bool, depth int, seen map[ssa.Value]bool) handler {
	var h handler
	if depth > 6 || v == nil || seen[v] {
		return h
	}
	seen[v] = true
	addFunc := func(fn *ssa.Function) {
		if obj := funcObj(fn); obj != nil && pa.isMiddleware(obj) {
			h.middleware = true
			return
		}
		if pa.unitOf[fn] != nil {
			h.funcs = append(h.funcs, fn)
		} else if obj := funcObj(fn); obj != nil {
			h.foreign = append(h.foreign, obj)
		}
	}
	switch x := strip(v).(type) {
	case *ssa.Function:
		addFunc(x)
	case *ssa.MakeClosure:
		fn := x.Fn.(*ssa.Function)
		if isBound(fn) {
			if obj := funcObj(fn); obj != nil {
				switch f := pa.fnOf[obj]; {
				case f != nil:
					addFunc(f)
				case pa.isMiddleware(obj):
					h.middleware = true
				default:
					h.foreign = append(h.foreign, obj)
				}
			}
		} else {
			addFunc(fn)
		}
	case *ssa.Phi:
		for _, e := range x.Edges {
			sub := pa.resolveHandlerSeen(e, wrapped, depth+1, seen)
			sub.wrapped = false
			h.merge(sub)
		}
	case *ssa.Slice:
		h.merge(pa.resolveHandlerSeen(x.X, wrapped, depth+1, seen))
	case *ssa.Alloc:
		// a route table or a route struct: the handlers stored into it
		for _, val := range storedInto(x, 0) {
			h.merge(pa.resolveHandlerSeen(val, wrapped, depth+1, seen))
		}
	case *ssa.UnOp:
		if x.Op == token.MUL {
			if alloc, ok := x.X.(*ssa.Alloc); ok {
				h.merge(pa.resolveHandlerSeen(alloc, wrapped, depth+1, seen))
			} else if v := varAt(x.X); v != nil && pa.holdsMiddleware(v) {
				h.middleware = true
			}
		}
	case *ssa.Field:
		if f := fieldVar(x.X.Type(), x.Field); f != nil && pa.holdsMiddleware(f.Origin()) {
			h.middleware = true
		}
	case *ssa.Call:
		mw := false
		for _, ce := range pa.callees(&x.Call) {
			if ce.obj != nil && pa.isMiddleware(ce.obj) {
				mw = true
			}
		}
		if !x.Call.IsInvoke() && x.Call.StaticCallee() == nil {
			// a middleware held in a field or variable, called: c.Consent(h)
			mw = mw || pa.resolveHandlerSeen(x.Call.Value, false, depth+1, seen).middleware
		}
		var args handler
		for _, a := range callArgs(&x.Call) {
			args.merge(pa.resolveHandlerSeen(a, wrapped || mw, depth+1, seen))
		}
		// A call given consent middleware and handlers returns them
		// wrapped (go-zero's rest.WithMiddlewares(ms, routes...),
		// chi.Chain(mw).Handler(h)); given middleware only, it returns
		// middleware (gin style: RequireConsent() returns it).
		mw = mw || args.middleware
		if !args.found() {
			if mw {
				h.middleware = true
			} else {
				pa.madeBy(x, wrapped, depth, seen, &h)
			}
		}
		for i := range args.made {
			args.made[i].wrapped = args.made[i].wrapped || mw
		}
		args.middleware = false
		h.merge(args)
		wrapped = wrapped || mw
	}
	if wrapped {
		h.wrapped = true
		for i := range h.made {
			h.made[i].wrapped = true
		}
	}
	return h
}

// madeBy resolves a call that returns a handler made by the callee: the
// handlers an in-package factory returns, or the call itself for a
// factory of another package.
func (pa *pkgAnalysis) madeBy(call *ssa.Call, wrapped bool, depth int, seen map[ssa.Value]bool, h *handler) {
	if _, ok := call.Type().Underlying().(*types.Signature); !ok {
		return // a factory returns a function; a router (a ServeMux) is not one
	}
	fn := call.Call.StaticCallee()
	if fn == nil {
		return
	}
	if pa.unitOf[fn] == nil {
		h.made = append(h.made, madeHandler{call: call, wrapped: wrapped})
		return
	}
	for _, b := range fn.Blocks {
		if ret, ok := b.Instrs[len(b.Instrs)-1].(*ssa.Return); ok && len(ret.Results) == 1 {
			h.merge(pa.resolveHandlerSeen(ret.Results[0], wrapped, depth+1, seen))
		}
	}
}

// storedInto returns the values stored into the fields and elements of an
// allocated struct or array (a composite literal), two levels deep.
func storedInto(addr ssa.Value, depth int) []ssa.Value {
	var out []ssa.Value
	refs := addr.Referrers()
	if refs == nil || depth > 2 {
		return nil
	}
	for _, ref := range *refs {
		switch x := ref.(type) {
		case *ssa.Store:
			if x.Addr == addr {
				out = append(out, x.Val)
			}
		case *ssa.FieldAddr:
			out = append(out, storedInto(x, depth+1)...)
		case *ssa.IndexAddr:
			out = append(out, storedInto(x, depth+1)...)
		}
	}
	return out
}

// recordRoutes adds the handlers of a route registration to the Result.
func (pa *pkgAnalysis) recordRoutes(instr ssa.CallInstruction, pattern string, h handler, guarded bool) {
	if !pa.own {
		return
	}
	add := func(name string) {
		pa.res.Routes = append(pa.res.Routes, &Route{Pos: instr.Pos(), Pattern: pattern, Handler: name, Wrapped: guarded || h.wrapped})
	}
	for _, fn := range h.funcs {
		if o := fn.Origin(); o != nil {
			fn = o // an instance of a generic function
		}
		if obj, ok := fn.Object().(*types.Func); ok && obj != nil {
			add(obj.FullName())
		} else {
			add(fn.String())
		}
	}
	for _, obj := range h.foreign {
		add(obj.FullName())
	}
	for _, m := range h.made {
		if fn := m.call.Call.StaticCallee(); fn != nil {
			add("the handler made by " + fn.String())
		}
	}
}

// isMiddleware reports whether fn is a consent middleware.
func (pa *pkgAnalysis) isMiddleware(fn *types.Func) bool {
	if g, ok := lookup(pa.models.guards, pa.keys(fn, nil)); ok && g.Kind == rules.GuardMiddleware {
		return true
	}
	s := pa.summaryOf(fn)
	return s != nil && s.middleware
}

// foreignHandlerCaptures makes the captures of a handler of another package,
// registered here, capture points at the registration; consented says that
// consent middleware guards the route.
func (pa *pkgAnalysis) foreignHandlerCaptures(instr ssa.Instruction, obj *types.Func, consented bool) {
	s := pa.summaryOf(obj)
	if s == nil || len(s.captures) == 0 {
		return
	}
	u := pa.unitOf[instr.Parent()]
	pos := posOf(instr)
	for _, cp := range s.captures {
		path := (*step)(nil).then(pos, pa.posn(pos), "registers "+pa.name(obj)).appendPath(cp.path)
		c := cp.at(instr, path)
		c.wired, c.consented = true, consented
		u.routeCaptures = append(u.routeCaptures, c)
	}
}

// contextPhase computes, top-down, how the callers of each function guard
// it: guarded when every call is guarded, deferred when the rest are in
// functions whose own callers decide.
func (pa *pkgAnalysis) contextPhase() {
	var fns []*ssa.Function
	for _, u := range pa.units {
		fns = append(fns, u.fns...)
	}
	for round := 0; round < 8; round++ {
		changed := false
		for _, fn := range fns {
			fi := pa.info[fn]
			for _, k := range []guardKind{gConsent, gGuardian} {
				state := pa.contextOf(fn, k)
				if state != fi.ctx[k] {
					fi.ctx[k] = state
					changed = true
				}
			}
			minor := pa.callerMinor(fn)
			if (minor == nil) != (fi.minorAt == nil) {
				fi.minorAt = minor
				changed = true
			}
		}
		if !changed {
			break
		}
	}
}

// referencePhase records, for every function of the package, its
// in-package call sites and whether it is used otherwise.
func (pa *pkgAnalysis) referencePhase() {
	for _, u := range pa.units {
		for _, fn := range u.fns {
			for _, b := range fn.Blocks {
				for _, instr := range b.Instrs {
					pa.recordReferences(instr)
				}
			}
		}
	}
}

// recordReferences records the in-package call sites of functions and
// whether functions are used otherwise (stored, returned...).
func (pa *pkgAnalysis) recordReferences(instr ssa.Instruction) {
	switch x := instr.(type) {
	case ssa.CallInstruction:
		c := x.Common()
		for _, ce := range pa.callees(c) {
			if ce.fn != nil && pa.info[ce.fn] != nil {
				pa.info[ce.fn].sites = append(pa.info[ce.fn].sites, x)
			}
		}
		// Functions passed as arguments run during the call (callbacks).
		for _, a := range c.Args {
			for _, fn := range pa.funcValues(a) {
				if fi := pa.info[fn]; fi != nil {
					fi.sites = append(fi.sites, x)
				}
			}
		}
		return
	case *ssa.MakeClosure:
		pa.recordClosureUses(x)
		return
	}
	for _, op := range instr.Operands(nil) {
		if fn, ok := (*op).(*ssa.Function); ok {
			if fi := pa.info[fn]; fi != nil {
				fi.escapes = true
				if fn.Parent() != nil && returned(instr, 0) {
					fi.madeBy = instr.Parent()
				}
			}
		}
	}
}

// recordClosureUses records where a closure value goes.
func (pa *pkgAnalysis) recordClosureUses(mc *ssa.MakeClosure) {
	fi := pa.info[mc.Fn.(*ssa.Function)]
	if fi == nil {
		return
	}
	for _, ref := range *mc.Referrers() {
		if _, ok := ref.(ssa.CallInstruction); ok {
			continue // recorded as a call site or a callback
		}
		fi.escapes = true
		if returned(ref, 0) {
			fi.madeBy = mc.Parent()
		}
	}
}

// returned reports whether an instruction returns the value it uses,
// maybe converted (to http.HandlerFunc, to an interface).
func returned(instr ssa.Instruction, depth int) bool {
	switch x := instr.(type) {
	case *ssa.Return:
		return true
	case *ssa.ChangeType, *ssa.MakeInterface, *ssa.Convert:
		if refs := x.(ssa.Value).Referrers(); refs != nil && depth < 3 {
			for _, ref := range *refs {
				if returned(ref, depth+1) {
					return true
				}
			}
		}
	}
	return false
}

// contextOf computes one function's guard context from its call sites.
func (pa *pkgAnalysis) contextOf(fn *ssa.Function, k guardKind) ctxState {
	fi := pa.info[fn]
	if k == gConsent && pa.routes != nil && pa.routes.wrapped[fn] {
		return ctxGuarded
	}
	if pa.entries[fn] != nil {
		return ctxUnguarded // a framework calls it: its captures are checked here
	}
	if fi.escapes || len(fi.sites) == 0 || pa.exported(fn) {
		return ctxUnguarded
	}
	state := ctxGuarded
	for _, site := range fi.sites {
		switch {
		case pa.guardedAt(site, k):
		case pa.deferredAt(site):
			state = ctxDeferred
		default:
			return ctxUnguarded
		}
	}
	return state
}

// callerMinor returns the under-14 condition of a call site of fn with no
// guardian consent, if any.
func (pa *pkgAnalysis) callerMinor(fn *ssa.Function) *MinorCondition {
	for _, site := range pa.info[fn].sites {
		if site.Parent() == fn {
			continue
		}
		if m := pa.minorAt(site); m != nil && !pa.guardedAt(site, gGuardian) {
			return m
		}
	}
	return nil
}

// routePattern returns the first constant string argument of a route
// registration (its method or path pattern: "POST /enrol", "/enrol"), or "".
func routePattern(call ssa.CallInstruction) string {
	var parts []string
	for _, a := range call.Common().Args {
		if s, ok := constString(a); ok && s != "" {
			parts = append(parts, s)
		}
		if len(parts) == 2 {
			break
		}
	}
	return strings.Join(parts, " ")
}

// entryOf describes the entry point a capture at instr runs in, for the
// inventory: the route patterns its handler is registered with, or the
// entry point a framework calls, or "".
func (pa *pkgAnalysis) entryOf(instr ssa.Instruction) string {
	for fn := instr.Parent(); fn != nil; fn = fn.Parent() {
		if pa.routes != nil {
			if ps := pa.routes.paths[fn]; len(ps) > 0 {
				return strings.Join(ps, ", ") + " (" + fn.Name() + ")"
			}
		}
		if e := pa.entries[fn]; e != nil {
			return e.desc
		}
	}
	return ""
}
