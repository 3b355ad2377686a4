package facetaint

import (
	"cmp"
	"go/token"
	"go/types"
	"regexp"
	"slices"
	"strconv"

	"golang.org/x/tools/go/ssa"

	"github.com/facelint/facelint/internal/directive"
	"github.com/facelint/facelint/rules"
)

// guardKind indexes the two kinds of consent.
type guardKind int

const (
	gConsent  guardKind = iota // separate consent
	gGuardian                  // guardian consent for a person under 14
)

// ctxState says how the callers of a function guard it.
type ctxState int

const (
	ctxUnguarded ctxState = iota // some caller does not guard it
	ctxGuarded                   // every call is guarded
	ctxDeferred                  // every call is guarded or inside a function whose callers decide
)

// fnInfo is what facetaint knows about one SSA function beyond taint.
type fnInfo struct {
	fn      *ssa.Function
	guards  [2]int                // guard calls of each kind
	success [2][]guardSuccess     // blocks entered only when a guard of that kind succeeded
	ensures [2][]guardCall        // calls that return only after consent of that kind
	ctx     [2]ctxState           // how the callers guard the function
	ignored []token.Pos           // guard calls whose result decides nothing
	minor   []minorRegion         // branches where the person is known to be under 14
	minorAt *MinorCondition       // a caller calls the function where the person is under 14
	sites   []ssa.CallInstruction // in-package call sites (phase 2)
	escapes bool                  // referenced other than by direct calls
	madeBy  *ssa.Function         // for a closure: the function that returns it (a handler factory)
}

// minorRegion is a block entered only when the person is under 14.
type minorRegion struct {
	block *ssa.BasicBlock
	cond  *MinorCondition
}

// guardCall is a call of a consent guard: by is the guard it reaches.
type guardCall struct {
	call *ssa.Call
	by   *types.Func
}

// guardSuccess is a block entered only when a guard call succeeded.
type guardSuccess struct {
	block *ssa.BasicBlock
	guardCall
}

// guardedAt reports whether instr runs only after a successful guard of
// kind k (guardian consent counts as consent).
func (pa *pkgAnalysis) guardedAt(instr ssa.Instruction, k guardKind) bool {
	g, callers := pa.coverOf(instr, k)
	return g != nil || callers
}

// coverOf returns what makes instr run only after a successful guard of
// kind k (guardian consent counts as consent): the guard call whose
// success or return dominates it, or callers set when every call of its
// function is guarded; neither when nothing does.
func (pa *pkgAnalysis) coverOf(instr ssa.Instruction, k guardKind) (g *guardCall, callers bool) {
	if k == gConsent {
		if g, callers := pa.coverOf(instr, gGuardian); g != nil || callers {
			return g, callers
		}
	}
	fi := pa.info[instr.Parent()]
	if fi == nil {
		return nil, false
	}
	for i, s := range fi.success[k] {
		if s.block.Dominates(instr.Block()) {
			return &fi.success[k][i].guardCall, false
		}
	}
	for i, e := range fi.ensures[k] {
		if e.call != instr && dominates(e.call, instr) {
			return &fi.ensures[k][i], false
		}
	}
	return nil, fi.ctx[k] == ctxGuarded
}

// coveringGuard names what makes instr run only after a successful guard
// of kind k, for the inventory: the guard, with the position of its call,
// or its function's callers; "" when nothing does.
func (pa *pkgAnalysis) coveringGuard(instr ssa.Instruction, k guardKind) (string, token.Pos) {
	switch g, callers := pa.coverOf(instr, k); {
	case g != nil:
		return pa.name(g.by), g.call.Pos()
	case callers:
		return "the callers of " + instr.Parent().Name(), token.NoPos
	}
	return "", token.NoPos
}

// deferredAt reports whether an unguarded capture at instr is for the
// callers of its function to guard.
func (pa *pkgAnalysis) deferredAt(instr ssa.Instruction) bool {
	fn := instr.Parent()
	if pa.exported(fn) && !pa.wiredHere(fn) {
		return true
	}
	fi := pa.info[fn]
	if fi == nil {
		return false
	}
	// A handler made by an exported factory (goctl's EnrolHandler(svcCtx)
	// returns the http.HandlerFunc) is wired by whoever calls the factory,
	// unless it is registered here.
	if f := fi.madeBy; f != nil && pa.exported(f) && !pa.wiredHere(f) &&
		(pa.routes == nil || len(pa.routes.routesOf[fn]) == 0) {
		return true
	}
	return fi.ctx[gConsent] == ctxDeferred
}

// minorAt returns the under-14 condition instr runs under, if any.
func (pa *pkgAnalysis) minorAt(instr ssa.Instruction) *MinorCondition {
	fi := pa.info[instr.Parent()]
	if fi == nil {
		return nil
	}
	for _, r := range fi.minor {
		if r.block.Dominates(instr.Block()) {
			return r.cond
		}
	}
	return fi.minorAt
}

// guardOf returns the guard kind of a call, whether the call ensures
// consent by returning (rather than by its result), and the guard it
// reaches.
func (pa *pkgAnalysis) guardOf(c *ssa.CallCommon) (kind string, ensures bool, by *types.Func, ok bool) {
	for _, ce := range pa.callees(c) {
		if ce.obj == nil {
			continue
		}
		if g, found := lookup(pa.models.guards, pa.keys(ce.obj, ce.recv)); found && g.Kind != rules.GuardMiddleware {
			return string(g.Kind), !hasDecision(ce.obj), ce.obj, true
		}
		if s := pa.summaryOf(ce.obj); s != nil {
			switch {
			case s.guard != "":
				return s.guard, false, ce.obj, true
			case s.ensures != "":
				return s.ensures, true, ce.obj, true
			}
		}
		if c.IsInvoke() {
			return "", false, nil, false // implementations are not guards of the interface
		}
	}
	return "", false, nil, false
}

// hasDecision reports whether fn returns a bool or an error.
func hasDecision(fn *types.Func) bool {
	_, idx := decisionResult(fn.Type().(*types.Signature))
	return idx >= 0
}

// decisionResult returns the result of sig that carries a decision ("bool"
// or "error") and its index, preferring bool; -1 when there is none.
func decisionResult(sig *types.Signature) (string, int) {
	res := sig.Results()
	for i := 0; i < res.Len(); i++ {
		if isBool(res.At(i).Type()) {
			return "bool", i
		}
	}
	for i := 0; i < res.Len(); i++ {
		if isError(res.At(i).Type()) {
			return "error", i
		}
	}
	return "", -1
}

func kindIndex(kind string) guardKind {
	if kind == string(rules.GuardGuardian) || kind == string(directive.Guardian) || kind == "guardian" {
		return gGuardian
	}
	return gConsent
}

// polarity tracks what a value derived from a decision says: +1 when true
// means success, -1 when false means success; errs are error values that
// are nil on success.
type polarity struct {
	pol  map[ssa.Value]int
	errs map[ssa.Value]bool
}

// decisionValues follows a decision (the bool or error result of a guard or
// verifier call) forward through negations, comparisons and phis.
func decisionValues(call *ssa.Call, sig *types.Signature) *polarity {
	p := &polarity{pol: map[ssa.Value]int{}, errs: map[ssa.Value]bool{}}
	kind, idx := decisionResult(sig)
	if idx < 0 {
		return p
	}
	var start ssa.Value = call
	if sig.Results().Len() > 1 {
		start = nil
		for _, ref := range *call.Referrers() {
			if ex, ok := ref.(*ssa.Extract); ok && ex.Index == idx {
				start = ex
			}
		}
		if start == nil {
			return p
		}
	}
	var work []ssa.Value
	if kind == "bool" {
		p.pol[start] = 1
	} else {
		p.errs[start] = true
	}
	work = append(work, start)
	for len(work) > 0 && len(p.pol)+len(p.errs) < 64 {
		v := work[0]
		work = work[1:]
		refs := v.Referrers()
		if refs == nil {
			continue
		}
		for _, ref := range *refs {
			out, ok := ref.(ssa.Value)
			if !ok {
				continue
			}
			if _, seen := p.pol[out]; seen {
				continue
			}
			pol := 0
			switch x := out.(type) {
			case *ssa.UnOp:
				if x.Op == token.NOT {
					pol = -p.pol[v]
				}
			case *ssa.ChangeType:
				pol = p.pol[v]
			case *ssa.BinOp:
				pol = p.compare(x)
			case *ssa.Phi:
				pol = p.phi(x)
			}
			if pol != 0 {
				p.pol[out] = pol
				work = append(work, out)
			}
		}
	}
	return p
}

// compare gives the polarity of a comparison of a decision with a constant.
func (p *polarity) compare(x *ssa.BinOp) int {
	if x.Op != token.EQL && x.Op != token.NEQ {
		return 0
	}
	sign := 1
	if x.Op == token.NEQ {
		sign = -1
	}
	for _, pair := range [][2]ssa.Value{{x.X, x.Y}, {x.Y, x.X}} {
		v, other := pair[0], pair[1]
		if p.errs[v] && isConstNil(other) {
			return sign // err == nil: true on success
		}
		if pol := p.pol[v]; pol != 0 {
			if b, ok := constBool(other); ok {
				if !b {
					sign = -sign
				}
				return pol * sign
			}
		}
	}
	return 0
}

// phi keeps a polarity when every edge agrees with it or is the constant
// of failure (x := a && b lowers to phis with false edges).
func (p *polarity) phi(x *ssa.Phi) int {
	pol := 0
	for _, e := range x.Edges {
		if b, ok := constBool(e); ok {
			if b { // a true edge means success for +1 only when every other edge says so
				if pol == 1 {
					return 0
				}
				pol = -1
				continue
			}
			if pol == -1 {
				return 0
			}
			pol = 1
			continue
		}
		q := p.pol[e]
		if q == 0 || pol != 0 && q != pol {
			return 0
		}
		pol = q
	}
	return pol
}

// successBlocks returns the blocks entered only when the decision said
// success, and whether the decision decides any branch or is returned.
func (p *polarity) successBlocks() (blocks []*ssa.BasicBlock, used bool) {
	for v, pol := range p.pol {
		for _, ref := range *v.Referrers() {
			switch x := ref.(type) {
			case *ssa.If:
				used = true
				succ := x.Block().Succs[0]
				if pol < 0 {
					succ = x.Block().Succs[1]
				}
				if b := edgeBlock(x.Block(), succ); b != nil {
					blocks = append(blocks, b)
				}
			case *ssa.Return, *ssa.Store, *ssa.Call, *ssa.MakeInterface:
				used = true
			}
		}
	}
	for v := range p.errs {
		for _, ref := range *v.Referrers() {
			switch ref.(type) {
			case *ssa.Return, *ssa.Store, *ssa.Call, *ssa.MakeInterface, *ssa.BinOp, *ssa.If:
				used = true
			}
		}
	}
	sortBlocks(blocks)
	return blocks, used
}

func sortBlocks(blocks []*ssa.BasicBlock) {
	slices.SortFunc(blocks, func(a, b *ssa.BasicBlock) int { return cmp.Compare(a.Index, b.Index) })
}

// guardPhase computes, for the functions of a unit, where consent guards
// protect them, and for the unit's declared function what kind of guard,
// verifier or middleware it is. For a recursive unit it reports whether
// that summary changed (another round is then needed).
func (pa *pkgAnalysis) guardPhase(u *unit, recursive bool) bool {
	for _, fn := range u.fns {
		fi := pa.info[fn]
		fi.guards, fi.success, fi.ensures, fi.ignored, fi.minor = [2]int{}, [2][]guardSuccess{}, [2][]guardCall{}, nil, nil
		for _, b := range fn.Blocks {
			for _, instr := range b.Instrs {
				call, ok := instr.(*ssa.Call)
				if !ok {
					if ifi, ok := instr.(*ssa.If); ok {
						if r := pa.minorRegionOf(ifi); r != nil {
							fi.minor = append(fi.minor, *r)
						}
					}
					continue
				}
				kind, ensures, by, ok := pa.guardOf(&call.Call)
				if !ok {
					continue
				}
				k := kindIndex(kind)
				fi.guards[k]++
				if ensures {
					fi.ensures[k] = append(fi.ensures[k], guardCall{call, by})
					continue
				}
				blocks, used := decisionValues(call, signatureOf(&call.Call)).successBlocks()
				for _, b := range blocks {
					fi.success[k] = append(fi.success[k], guardSuccess{b, guardCall{call, by}})
				}
				if !used {
					fi.ignored = append(fi.ignored, call.Pos())
				}
			}
		}
	}
	obj := funcObj(u.root)
	if obj == nil {
		return false
	}
	s := pa.sums[obj]
	if s == nil {
		s = &fsum{}
		pa.sums[obj] = s
	}
	if !recursive {
		pa.describeFunc(u, obj, s)
		return false
	}
	before := s.fingerprint()
	pa.describeFunc(u, obj, s)
	return s.fingerprint() != before
}

// describeFunc fills the non-taint parts of a declared function's summary.
func (pa *pkgAnalysis) describeFunc(u *unit, obj *types.Func, s *fsum) {
	s.guard, s.ensures, s.middleware, s.verifier = "", "", false, ""
	s.sink, s.sanitizer, s.source, s.sourceCapture = "", "", "", false
	for _, d := range pa.dirs.funcs[obj] {
		switch d.Kind {
		case directive.Consent, directive.Guardian:
			kind := "consent"
			if d.Kind == directive.Guardian {
				kind = "guardian"
			}
			if hasDecision(obj) {
				s.guard = kind
			} else {
				s.ensures = kind
			}
		case directive.Middleware:
			s.middleware = true
		case directive.Verifier:
			s.verifier = d.Arg
		case directive.Sink:
			s.sink = d.Arg
		case directive.Sanitizer:
			s.sanitizer = d.Arg
		case directive.Source:
			s.source, s.sourceCapture = d.Arg, d.Capture
		}
	}
	if s.guard == "" && s.ensures == "" {
		s.guard, s.ensures = pa.guardWrapper(u.root)
	}
	if !s.middleware {
		s.middleware = pa.guardsNext(u) || pa.gatesChain(u)
	}
	if s.verifier == "" {
		s.verifier = pa.verifierWrapper(u.root)
	}
	s.reachesAlt = s.verifier == "alternative" || pa.unitReachesAlternative(u)
}

// guardWrapper decides whether fn is itself a consent check: every return
// either reports failure, or passes on a guard's decision, or happens after
// a successful guard. It returns the guard kind for a decision-returning
// function, or the ensured kind for one that returns only after consent.
func (pa *pkgAnalysis) guardWrapper(fn *ssa.Function) (guard, ensures string) {
	fi := pa.info[fn]
	for _, k := range []guardKind{gGuardian, gConsent} {
		if fi.guards[k] == 0 {
			continue
		}
		kind := "consent"
		if k == gGuardian {
			kind = "guardian"
		}
		decision, idx := decisionResult(fn.Signature)
		returns, ok := 0, true
		for _, b := range fn.Blocks {
			ret, isRet := b.Instrs[len(b.Instrs)-1].(*ssa.Return)
			if !isRet {
				continue
			}
			returns++
			if idx < 0 {
				ok = ok && pa.guardedAt(ret, k)
			} else {
				ok = ok && pa.returnsDecision(ret.Results[idx], ret, b, decision, k, 0)
			}
		}
		if !ok || returns == 0 {
			continue
		}
		if idx < 0 {
			return "", kind
		}
		return kind, ""
	}
	return "", ""
}

// returnsDecision checks one returned decision value (see guardWrapper).
func (pa *pkgAnalysis) returnsDecision(v ssa.Value, at ssa.Instruction, b *ssa.BasicBlock, decision string, k guardKind, depth int) bool {
	guardedBlock := func(b *ssa.BasicBlock) bool {
		return pa.guardedAt(b.Instrs[len(b.Instrs)-1], k)
	}
	if depth > 4 {
		return false
	}
	if phi, ok := v.(*ssa.Phi); ok && phi.Block() == b {
		for i, e := range phi.Edges {
			if !pa.returnsDecision(e, at, b.Preds[i], decision, k, depth+1) {
				return false
			}
		}
		return true
	}
	if guardedBlock(b) {
		return true
	}
	if decision == "bool" {
		if val, ok := constBool(v); ok {
			return !val // false reports failure
		}
	} else if isConstNil(v) {
		return false // success without a guard
	} else if _, ok := v.(*ssa.Const); !ok {
		return pa.isGuardDecision(v, k) || knownNonNil(v)
	}
	return pa.isGuardDecision(v, k)
}

// isGuardDecision reports whether v is the decision of a guard call of
// kind k (or is derived from it with the same meaning).
func (pa *pkgAnalysis) isGuardDecision(v ssa.Value, k guardKind) bool {
	root := v
	if ex, ok := v.(*ssa.Extract); ok {
		root = ex.Tuple
	}
	if u, ok := v.(*ssa.UnOp); ok && u.Op == token.NOT {
		return false
	}
	call, ok := root.(*ssa.Call)
	if !ok {
		return false
	}
	kind, ensures, _, ok := pa.guardOf(&call.Call)
	return ok && !ensures && kindIndex(kind) == k
}

// knownNonNil reports whether an error value is certainly not nil.
func knownNonNil(v ssa.Value) bool {
	switch x := v.(type) {
	case *ssa.MakeInterface:
		return true
	case *ssa.UnOp:
		_, global := x.X.(*ssa.Global)
		return global && x.Op == token.MUL // a sentinel error variable
	case *ssa.Call:
		if fn := x.Call.StaticCallee(); fn != nil && fn.Pkg != nil {
			switch fn.String() {
			case "errors.New", "fmt.Errorf":
				return true
			}
		}
	}
	return false
}

var (
	ageName   = regexp.MustCompile(`(^|_)(age|ages|age_years|birth|birthday|birthdate|birth_date|dob|date_of_birth|years_old)(_|$)`)
	minorName = regexp.MustCompile(`(^|_)(is_)?(minor|child|kid|underage|under_14|under14)$`)
)

// minorRegionOf recognises a branch on "the person is under 14": an age
// or birth-date value compared with a constant that bounds it below 14,
// or a call like isMinor(u).
func (pa *pkgAnalysis) minorRegionOf(ifi *ssa.If) *minorRegion {
	b := ifi.Block()
	region := func(succ int, text string) *minorRegion {
		blk := edgeBlock(b, b.Succs[succ])
		if blk == nil {
			return nil
		}
		// the step is anchored at the comparison (an If has no position)
		return &minorRegion{block: blk, cond: &MinorCondition{Pos: cmp.Or(ifi.Cond.Pos(), ifi.Pos()), Text: text}}
	}
	switch c := ifi.Cond.(type) {
	case *ssa.Call:
		name := valueName(c)
		if minorName.MatchString(snake(name)) {
			return region(0, name+"(...)")
		}
	case *ssa.BinOp:
		x, y, op := c.X, c.Y, c.Op
		n, ok := constInt(y)
		if !ok {
			n, ok = constInt(x)
			if !ok {
				return nil
			}
			x = y
			op = mirror(op)
		}
		name := ageValueName(x, 0, map[ssa.Value]bool{})
		if name == "" {
			return nil
		}
		text := name + " " + op.String() + " " + strconv.FormatInt(n, 10)
		// The branch where age < bound, with bound <= 14.
		switch op {
		case token.LSS:
			if n <= 14 {
				return region(0, text)
			}
		case token.LEQ:
			if n <= 13 {
				return region(0, text)
			}
		case token.GEQ:
			if n <= 14 {
				return region(1, text)
			}
		case token.GTR:
			if n <= 13 {
				return region(1, text)
			}
		}
	}
	return nil
}

func mirror(op token.Token) token.Token {
	switch op {
	case token.LSS:
		return token.GTR
	case token.GTR:
		return token.LSS
	case token.LEQ:
		return token.GEQ
	case token.GEQ:
		return token.LEQ
	}
	return op
}

// ageValueName returns the name of the age or birth-date value v is
// computed from, or "".
func ageValueName(v ssa.Value, depth int, seen map[ssa.Value]bool) string {
	if depth > 6 || seen[v] {
		return ""
	}
	seen[v] = true
	if name := valueName(v); name != "" && ageName.MatchString(snake(name)) {
		return name
	}
	switch x := v.(type) {
	case *ssa.Extract:
		return ageValueName(x.Tuple, depth+1, seen)
	case *ssa.BinOp:
		if n := ageValueName(x.X, depth+1, seen); n != "" {
			return n
		}
		return ageValueName(x.Y, depth+1, seen)
	case *ssa.Convert:
		return ageValueName(x.X, depth+1, seen)
	case *ssa.UnOp:
		return ageValueName(x.X, depth+1, seen)
	case *ssa.Call:
		for _, a := range callArgs(&x.Call) {
			if n := ageValueName(a, depth+1, seen); n != "" {
				return n
			}
		}
	}
	return ""
}
