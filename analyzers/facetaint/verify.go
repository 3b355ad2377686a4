package facetaint

import (
	"go/token"
	"go/types"
	"strconv"

	"golang.org/x/tools/go/ssa"
)

// verifierOf returns the kind of verifier a call reaches ("face",
// "alternative" or "") and its name.
func (pa *pkgAnalysis) verifierOf(c *ssa.CallCommon) (string, string) {
	for _, ce := range pa.callees(c) {
		if ce.obj == nil {
			continue
		}
		if v, ok := lookup(pa.models.verifiers, pa.keys(ce.obj, ce.recv)); ok {
			return string(v.Kind), pa.name(ce.obj)
		}
		if s := pa.summaryOf(ce.obj); s != nil && s.verifier != "" {
			return s.verifier, pa.name(ce.obj)
		}
	}
	return "", ""
}

// derived returns the values computed from start: its parts, comparisons,
// conversions, and what is stored and loaded back.
func derived(start ssa.Value) map[ssa.Value]bool {
	seen := map[ssa.Value]bool{start: true}
	work := []ssa.Value{start}
	add := func(v ssa.Value) {
		if !seen[v] && len(seen) < 256 {
			seen[v] = true
			work = append(work, v)
		}
	}
	for len(work) > 0 {
		v := work[0]
		work = work[1:]
		refs := v.Referrers()
		if refs == nil {
			continue
		}
		for _, ref := range *refs {
			switch x := ref.(type) {
			case *ssa.Store:
				if x.Val == v {
					if addr := x.Addr.Referrers(); addr != nil {
						for _, r := range *addr {
							if load, ok := r.(*ssa.UnOp); ok && load.Op == token.MUL {
								add(load)
							}
						}
					}
				}
			case *ssa.Call:
				if _, builtin := x.Call.Value.(*ssa.Builtin); builtin || singleValue(x) {
					add(x)
				}
			case *ssa.Extract, *ssa.UnOp, *ssa.BinOp, *ssa.Phi, *ssa.Convert, *ssa.ChangeType,
				*ssa.MakeInterface, *ssa.Field, *ssa.FieldAddr, *ssa.Index, *ssa.IndexAddr,
				*ssa.Lookup, *ssa.Slice, *ssa.TypeAssert:
				add(x.(ssa.Value))
			}
		}
	}
	return seen
}

// singleValue reports whether a call returns one value that is not an
// error (a getter or conversion helper such as aws.ToFloat32).
func singleValue(c *ssa.Call) bool {
	_, tuple := c.Type().(*types.Tuple)
	return !tuple && !isError(c.Type())
}

// verifierWrapper returns "face" or "alternative" when fn passes on the
// decision of a verifier it calls, by returning it or by returning failure
// on the branch where it failed, and has callers to decide what a failure
// does (it is exported, or called directly in the package); "" otherwise.
func (pa *pkgAnalysis) verifierWrapper(fn *ssa.Function) string {
	if !pa.hasDecidingCallers(fn) {
		return ""
	}
	kinds := map[string]bool{}
	for _, b := range fn.Blocks {
		for _, instr := range b.Instrs {
			call, ok := instr.(*ssa.Call)
			if !ok {
				continue
			}
			kind, _ := pa.verifierOf(&call.Call)
			if kind == "" {
				continue
			}
			if d := derived(call); pa.passesDecision(fn, d) {
				kinds[kind] = true
			}
		}
	}
	switch {
	case kinds["alternative"]:
		return "alternative"
	case kinds["face"]:
		return "face"
	}
	return ""
}

// hasDecidingCallers reports whether fn's callers see its result: it is
// exported, or called directly in the package and not used as a value
// (a handler registered with a router is the last word).
func (pa *pkgAnalysis) hasDecidingCallers(fn *ssa.Function) bool {
	fi := pa.info[fn]
	return pa.exported(fn) || fi != nil && len(fi.sites) > 0 && !fi.escapes
}

// passesDecision reports whether fn returns a decision derived from d, or
// returns failure on a branch d decides.
func (pa *pkgAnalysis) passesDecision(fn *ssa.Function, d map[ssa.Value]bool) bool {
	if returnsValueOf(fn, d) {
		return true
	}
	deny, _ := pa.denyBranch(fn, d)
	return deny == denyError || deny == denyFalse || deny == denyNil
}

// How a failing branch reports failure through the function's result.
const (
	denyError = "returns an error"
	denyFalse = "returns false"
	denyNil   = "returns nil"
)

// returnsNil reports whether a return gives nil for a pointer result (a
// function with no bool or error result that returns no user).
func returnsNil(ret *ssa.Return) bool {
	for _, r := range ret.Results {
		if _, ok := r.Type().Underlying().(*types.Pointer); ok && isConstNil(r) {
			return true
		}
	}
	return false
}

func returnsValueOf(fn *ssa.Function, d map[ssa.Value]bool) bool {
	for _, b := range fn.Blocks {
		if ret, ok := b.Instrs[len(b.Instrs)-1].(*ssa.Return); ok {
			for _, r := range ret.Results {
				if d[r] {
					return true
				}
			}
		}
	}
	return false
}

// unitReachesAlternative reports whether a unit calls a non-face verifier,
// directly or through its callees.
func (pa *pkgAnalysis) unitReachesAlternative(u *unit) bool {
	for _, fn := range u.fns {
		for _, b := range fn.Blocks {
			for _, instr := range b.Instrs {
				call, ok := instr.(ssa.CallInstruction)
				if !ok {
					continue
				}
				if kind, _ := pa.verifierOf(call.Common()); kind == "alternative" {
					return true
				}
				for _, ce := range pa.callees(call.Common()) {
					if ce.obj == nil {
						continue
					}
					if s := pa.summaryOf(ce.obj); s != nil && s.reachesAlt {
						return true
					}
				}
			}
		}
	}
	return false
}

// unitAlt reports whether a unit reaches an alternative verifier.
func (pa *pkgAnalysis) unitAlt(u *unit) bool {
	if u == nil {
		return false
	}
	if obj := funcObj(u.root); obj != nil {
		if s := pa.sums[obj]; s != nil {
			return s.reachesAlt
		}
	}
	return pa.unitReachesAlternative(u)
}

// verifyPhase finds face verifications whose failing branch denies access.
func (pa *pkgAnalysis) verifyPhase() {
	for _, u := range pa.units {
		if pa.failed[u.root] {
			continue
		}
		rootSum := pa.sums[funcObj(u.root)]
		for _, fn := range u.fns {
			for _, b := range fn.Blocks {
				for _, instr := range b.Instrs {
					call, ok := instr.(*ssa.Call)
					if !ok {
						continue
					}
					kind, name := pa.verifierOf(&call.Call)
					if kind != "face" || pa.inTestFile(call.Pos()) {
						continue // a test's assertion is not an access decision
					}
					d := derived(call)
					if fn == u.root && rootSum != nil && rootSum.verifier != "" && pa.passesDecision(fn, d) {
						continue // a verifier itself: its callers decide
					}
					deny, denyPos := pa.denyBranch(fn, d)
					v := &Verification{
						Pos: call.Pos(), Verifier: name, Deny: deny, DenyPos: denyPos,
						Alternative: pa.altReachable(fn),
					}
					pa.res.VerifierCalls = append(pa.res.VerifierCalls, v)
					if deny != "" {
						pa.res.Verifications = append(pa.res.Verifications, v)
					}
				}
			}
		}
	}
}

// denyBranch returns what the first branch decided by a verifier's result
// does to deny access, if any.
func (pa *pkgAnalysis) denyBranch(fn *ssa.Function, d map[ssa.Value]bool) (string, token.Pos) {
	for _, b := range fn.Blocks {
		ifi, ok := b.Instrs[len(b.Instrs)-1].(*ssa.If)
		if !ok || !d[ifi.Cond] {
			continue
		}
		for _, succ := range b.Succs {
			if decidedBy(succ, d) {
				if deny, pos := pa.denies(fn, succ); deny != "" {
					return deny, pos
				}
			}
		}
	}
	return "", token.NoPos
}

// decidedBy reports whether a block is entered only through branches on
// the decision: err != nil || len(out.Matches) == 0 enters the failing
// block from two branches.
func decidedBy(b *ssa.BasicBlock, d map[ssa.Value]bool) bool {
	for _, p := range b.Preds {
		ifi, ok := p.Instrs[len(p.Instrs)-1].(*ssa.If)
		if !ok || !d[ifi.Cond] {
			return false
		}
	}
	return len(b.Preds) > 0
}

// denies returns how a region (the blocks a branch dominates) denies
// access: it returns an error or false, responds 401/403, or panics; and
// it does not try an alternative verifier.
func (pa *pkgAnalysis) denies(fn *ssa.Function, region *ssa.BasicBlock) (string, token.Pos) {
	var blocks []*ssa.BasicBlock
	for _, b := range fn.Blocks {
		if region.Dominates(b) {
			blocks = append(blocks, b)
		}
	}
	for _, b := range blocks {
		for _, instr := range b.Instrs {
			if call, ok := instr.(ssa.CallInstruction); ok {
				if kind, _ := pa.verifierOf(call.Common()); kind == "alternative" {
					return "", token.NoPos
				}
				for _, ce := range pa.callees(call.Common()) {
					if ce.obj != nil {
						if s := pa.summaryOf(ce.obj); s != nil && s.reachesAlt {
							return "", token.NoPos
						}
					}
				}
			}
		}
	}
	decision, idx := decisionResult(fn.Signature)
	for _, b := range blocks {
		for _, instr := range b.Instrs {
			switch x := instr.(type) {
			case *ssa.Return:
				if idx < 0 {
					if returnsNil(x) {
						return denyNil, x.Pos() // no user, no session
					}
					continue
				}
				v := x.Results[idx]
				if decision == "error" && !isConstNil(v) {
					return denyError, x.Pos()
				}
				if val, ok := constBool(v); ok && decision == "bool" && !val {
					return denyFalse, x.Pos()
				}
			case *ssa.Panic:
				return "panics", x.Pos()
			case ssa.CallInstruction:
				if deny := pa.denierCall(x); deny != "" {
					return deny, x.Common().Pos()
				}
			}
		}
	}
	return "", token.NoPos
}

// denierCall describes a call that refuses a request (a 401 or 403
// response), or returns "".
func (pa *pkgAnalysis) denierCall(call ssa.CallInstruction) string {
	c := call.Common()
	for _, ce := range pa.callees(c) {
		if ce.obj == nil {
			continue
		}
		m, ok := lookup(pa.models.deniers, pa.keys(ce.obj, ce.recv))
		if !ok {
			continue
		}
		name := pa.name(ce.obj)
		if m.Status == "" {
			return "calls " + name
		}
		kind, n, _ := m.Status.Parse()
		if code, ok := constInt(roleValue(c, callArgs(c), kind, n)); ok && (code == 401 || code == 403) {
			return "responds " + strconv.FormatInt(code, 10) + " with " + name
		}
	}
	return ""
}

// altReachable reports whether a non-face verifier is reachable from fn,
// from its in-package callers, or from the other handlers of the routers
// that reach it.
func (pa *pkgAnalysis) altReachable(fn *ssa.Function) bool {
	seen := map[*ssa.Function]bool{}
	work := []*ssa.Function{fn}
	var visited []*ssa.Function
	for len(work) > 0 && len(seen) < 128 {
		f := work[0]
		work = work[1:]
		if seen[f] {
			continue
		}
		seen[f] = true
		visited = append(visited, f)
		u := pa.unitOf[f]
		if pa.unitAlt(u) {
			return true
		}
		if u != nil && !seen[u.root] {
			work = append(work, u.root)
		}
		for _, site := range pa.info[f].sites {
			work = append(work, site.Parent())
		}
	}
	if pa.routes == nil {
		return false
	}
	for _, f := range visited {
		for _, r := range pa.routes.routesOf[f] {
			for _, h := range pa.routes.handlers[r] {
				if pa.unitAlt(pa.unitOf[h]) {
					return true
				}
			}
			for _, obj := range pa.routes.foreign[r] {
				if s := pa.summaryOf(obj); s != nil && s.reachesAlt {
					return true
				}
			}
		}
	}
	return false
}
