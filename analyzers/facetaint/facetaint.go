package facetaint

import (
	_ "embed"
	"fmt"
	"go/ast"
	"go/token"
	"go/types"
	"reflect"
	"runtime/debug"
	"sort"
	"strings"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/passes/ctrlflow"
	"golang.org/x/tools/go/ssa"

	"github.com/facelint/facelint/analyzers/faceconfig"
	"github.com/facelint/facelint/internal/analyzerdoc"
	"github.com/facelint/facelint/rules"
)

//go:embed doc.go
var doc string

// Analyzer is facelint's engine.
var Analyzer = &analysis.Analyzer{
	Name:       "facetaint",
	Doc:        analyzerdoc.MustExtract(doc, "facetaint"),
	URL:        "https://github.com/facelint/facelint/blob/main/docs/architecture.md",
	Run:        run,
	Requires:   []*analysis.Analyzer{ctrlflow.Analyzer, faceconfig.Analyzer},
	ResultType: reflect.TypeFor[*Result](),
	FactTypes:  []analysis.Fact{new(Summary), new(FieldTaint), new(FaceData), new(Middleware), new(Analyzed)},
}

// testPanic, when set by tests, is called before each function is
// analysed, so that tests can make the engine fail on purpose.
var testPanic func(fn *ssa.Function)

func run(pass *analysis.Pass) (any, error) {
	cfg := pass.ResultOf[faceconfig.Analyzer].(*faceconfig.Config)
	res := &Result{Err: cfg.Err, Rules: cfg.Rules, Ignores: map[Line]*Ignore{}, Nolint: map[Line]bool{}}
	if cfg.Err != nil || faceconfig.IsStandard(pass) && !cfg.AnalyzeStd {
		return res, nil
	}
	pa := newPkgAnalysis(pass, cfg, res)
	pa.run()
	return res, nil
}

// pkgAnalysis is the analysis of one package.
type pkgAnalysis struct {
	pass   *analysis.Pass
	cfg    *faceconfig.Config
	set    *rules.Set
	models *models
	dirs   *directives
	prog   *ssa.Program
	ssaPkg *ssa.Package
	res    *Result
	isMain bool
	own    bool // the user's own code (see boundary.go)

	units  []*unit                       // one per top-level function, in source order
	unitOf map[*ssa.Function]*unit       // every function (anonymous ones too) -> its unit
	fnOf   map[*types.Func]*ssa.Function // declared functions of the package
	info   map[*ssa.Function]*fnInfo     // guards, contexts, regions
	sums   map[*types.Func]*fsum         // summaries computed so far
	failed map[*ssa.Function]bool        // functions the engine failed on

	routes                        *routes
	fieldTaint                    map[*types.Var]tset // package-wide taint of fields and package variables
	fieldSources                  map[fieldSourceKey]*atom
	typeDecls                     map[types.Type]*typeDecl
	declAtoms                     map[declaredKey]*atom
	forkMemo                      map[string]string
	promoted                      map[string]*promotion // candidates that reach a face API, by origin
	faceKeys                      map[string]faceKey    // key prefixes of stored face data
	entries                       map[*ssa.Function]*entryPoint
	requestParams, responseParams map[*ssa.Parameter]string
	responseResults               map[*ssa.Function]map[int]bool
	endpointMemo                  map[string]string
	writtenMemo                   map[writtenKey][]writtenField
	underMemo                     map[types.Type]map[*types.Var]bool
	pkgIndex                      map[string]*types.Package
	fieldGrew                     bool
	fieldGen                      int // counts the growths of fieldTaint
	typeTaintMemo                 map[types.Type]typeTaint
	origins                       map[string]*origin // interned origins
	implsMemo                     map[implsKey][]*types.Func
	calleesMemo                   map[*ssa.CallCommon][]callee
	fvMemo                        map[ssa.Value][]*ssa.Function
	funcTypes                     map[*types.TypeName]*types.Func // modelled function types (callees.go)
	methodIndex                   map[string][]types.Type
	keysMemo                      map[keysKey][]string
	posnMemo                      map[token.Pos]string
	urlMemo                       map[string]bool
	metaMemo                      map[string]bool
	namesMemo                     map[*types.Func]string
	foreignSums                   map[*types.Func]*fsum
	flowKeys                      map[string]bool
}

func newPkgAnalysis(pass *analysis.Pass, cfg *faceconfig.Config, res *Result) *pkgAnalysis {
	ssaPkg, funcs := buildSSA(pass)
	pa := &pkgAnalysis{
		pass: pass, cfg: cfg, set: cfg.Rules, models: modelsOf(cfg.Rules), res: res,
		prog: ssaPkg.Prog, ssaPkg: ssaPkg, isMain: pass.Pkg.Name() == "main", own: ownPackage(pass, cfg.OwnModules),
		unitOf: map[*ssa.Function]*unit{}, fnOf: map[*types.Func]*ssa.Function{},
		info: map[*ssa.Function]*fnInfo{}, sums: map[*types.Func]*fsum{},
		failed: map[*ssa.Function]bool{}, fieldTaint: map[*types.Var]tset{},
		origins: map[string]*origin{}, implsMemo: map[implsKey][]*types.Func{},
		calleesMemo: map[*ssa.CallCommon][]callee{}, fvMemo: map[ssa.Value][]*ssa.Function{}, funcTypes: map[*types.TypeName]*types.Func{}, keysMemo: map[keysKey][]string{}, posnMemo: map[token.Pos]string{},
		urlMemo: map[string]bool{}, metaMemo: map[string]bool{}, namesMemo: map[*types.Func]string{},
		foreignSums: map[*types.Func]*fsum{}, flowKeys: map[string]bool{},
		fieldSources: map[fieldSourceKey]*atom{}, typeDecls: map[types.Type]*typeDecl{},
		declAtoms: map[declaredKey]*atom{}, forkMemo: map[string]string{},
		promoted: map[string]*promotion{}, faceKeys: map[string]faceKey{}, endpointMemo: map[string]string{}, writtenMemo: map[writtenKey][]writtenField{},
		underMemo: map[types.Type]map[*types.Var]bool{}, typeTaintMemo: map[types.Type]typeTaint{},
	}
	pa.dirs = collectDirectives(pass, cfg.Rules)
	res.Ignores, res.Nolint, res.Malformed = pa.dirs.ignores, pa.dirs.nolint, pa.dirs.malformed
	for _, fn := range funcs {
		u := &unit{pa: pa, root: fn}
		var add func(f *ssa.Function)
		add = func(f *ssa.Function) {
			u.fns = append(u.fns, f)
			pa.unitOf[f] = u
			pa.info[f] = &fnInfo{fn: f}
			for _, anon := range f.AnonFuncs {
				add(anon)
			}
		}
		add(fn)
		pa.units = append(pa.units, u)
		if obj, ok := fn.Object().(*types.Func); ok {
			pa.fnOf[obj] = fn
		}
	}
	return pa
}

// run runs the phases of the analysis.
func (pa *pkgAnalysis) run() {
	pa.exportFaceData()
	pa.protectPkg(pa.referencePhase)
	order := pa.sccs()
	recursive := make([]bool, len(order))
	for i, scc := range order {
		recursive[i] = len(scc) > 1 || pa.selfRecursive(scc[0])
	}
	// Phase 1 (bottom-up): consent guards, verifiers, alternatives.
	for i, scc := range order {
		for round := 0; round < 4; round++ {
			changed := false
			for _, u := range scc {
				pa.protect(u.root, func() {
					if pa.guardPhase(u, recursive[i]) {
						changed = true
					}
				})
			}
			if !changed {
				break
			}
		}
	}
	// Phase 2 (top-down): entry points, routes, middleware and guarded
	// contexts.
	pa.protectPkg(pa.entryPhase)
	pa.protectPkg(pa.routePhase)
	pa.protectPkg(pa.contextPhase)
	// Phase 3 (bottom-up): taint, to a fixed point over recursion and over
	// package-wide field taint.
	for pass := 0; pass < 3; pass++ {
		pa.fieldGrew = false
		for i, scc := range order {
			for round := 0; round < 6; round++ {
				changed := false
				for _, u := range scc {
					if pa.failed[u.root] {
						continue
					}
					pa.protect(u.root, func() {
						if u.analyse(recursive[i]) {
							changed = true
						}
					})
				}
				if !changed {
					break
				}
			}
		}
		if !pa.fieldGrew {
			break
		}
	}
	// Phase 4: findings (in the user's code) and facts.
	if pa.own {
		for _, u := range pa.units {
			if !pa.failed[u.root] {
				pa.protect(u.root, func() { u.report() })
			}
		}
		pa.protectPkg(pa.verifyPhase)
		pa.dedupeFlows()
	}
	pa.exportFacts()
	pa.sortResult()
}

// protect runs f, turning a panic into an internal error for fn.
func (pa *pkgAnalysis) protect(fn *ssa.Function, f func()) {
	defer func() {
		if r := recover(); r != nil {
			pa.failed[fn] = true
			delete(pa.sums, funcObj(fn))
			pa.internalError(fn.Pos(), fmt.Sprintf("facelint internal error analysing %s: %v\n%s", fn.String(), r, stackTop()))
		}
	}()
	if testPanic != nil {
		testPanic(fn)
	}
	f()
}

// protectPkg runs a package-wide phase, turning a panic into an internal
// error at the package clause.
func (pa *pkgAnalysis) protectPkg(f func()) {
	defer func() {
		if r := recover(); r != nil {
			pos := token.NoPos
			if len(pa.pass.Files) > 0 {
				pos = pa.pass.Files[0].Package
			}
			pa.internalError(pos, fmt.Sprintf("facelint internal error analysing package %s: %v\n%s", pa.pass.Pkg.Path(), r, stackTop()))
		}
	}()
	f()
}

func (pa *pkgAnalysis) internalError(pos token.Pos, msg string) {
	pa.res.Malformed = append(pa.res.Malformed, Malformed{Pos: pos, Problem: msg, Internal: true})
}

// stackTop returns the first frames of the panicking goroutine's stack.
func stackTop() string {
	lines := strings.Split(string(debug.Stack()), "\n")
	if len(lines) > 24 {
		lines = lines[:24]
	}
	return strings.Join(lines, "\n")
}

func funcObj(fn *ssa.Function) *types.Func {
	obj, _ := fn.Object().(*types.Func)
	if obj != nil {
		return obj.Origin()
	}
	return nil
}

// sccs returns the units in strongly connected components of the
// package's call graph, callees before callers (Tarjan's algorithm).
func (pa *pkgAnalysis) sccs() [][]*unit {
	index := map[*unit]int{}
	low := map[*unit]int{}
	onStack := map[*unit]bool{}
	var stack []*unit
	var out [][]*unit
	next := 0
	var visit func(u *unit)
	visit = func(u *unit) {
		index[u], low[u] = next, next
		next++
		stack = append(stack, u)
		onStack[u] = true
		for _, v := range pa.calleeUnits(u) {
			if _, seen := index[v]; !seen {
				visit(v)
				low[u] = min(low[u], low[v])
			} else if onStack[v] {
				low[u] = min(low[u], index[v])
			}
		}
		if low[u] == index[u] {
			var scc []*unit
			for {
				v := stack[len(stack)-1]
				stack = stack[:len(stack)-1]
				onStack[v] = false
				scc = append(scc, v)
				if v == u {
					break
				}
			}
			out = append(out, scc)
		}
	}
	for _, u := range pa.units {
		if _, seen := index[u]; !seen {
			visit(u)
		}
	}
	return out
}

// selfRecursive reports whether a unit calls itself.
func (pa *pkgAnalysis) selfRecursive(u *unit) bool {
	for _, fn := range u.fns {
		for _, b := range fn.Blocks {
			for _, instr := range b.Instrs {
				if c, ok := instr.(ssa.CallInstruction); ok {
					for _, ce := range pa.callees(c.Common()) {
						if ce.fn != nil && ce.fn.Parent() == nil && pa.unitOf[ce.fn] == u {
							return true
						}
					}
				}
			}
		}
	}
	return false
}

// calleeUnits returns the units a unit calls, in instruction order.
func (pa *pkgAnalysis) calleeUnits(u *unit) []*unit {
	var out []*unit
	seen := map[*unit]bool{}
	for _, fn := range u.fns {
		for _, b := range fn.Blocks {
			for _, instr := range b.Instrs {
				c, ok := instr.(ssa.CallInstruction)
				if !ok {
					continue
				}
				for _, ce := range pa.callees(c.Common()) {
					if ce.fn == nil {
						continue
					}
					if v := pa.unitOf[ce.fn]; v != nil && v != u && !seen[v] {
						seen[v] = true
						out = append(out, v)
					}
				}
			}
		}
	}
	return out
}

// exportFaceData exports the facts of //facelint:facedata directives.
func (pa *pkgAnalysis) exportFaceData() {
	objs := make([]types.Object, 0, len(pa.dirs.faceData))
	for obj := range pa.dirs.faceData {
		objs = append(objs, obj)
	}
	sort.Slice(objs, func(i, j int) bool { return objs[i].Pos() < objs[j].Pos() })
	for _, obj := range objs {
		pa.pass.ExportObjectFact(obj, &FaceData{Label: pa.dirs.faceData[obj]})
	}
}

// faceDataLabel returns the declared face-data label of a type or field
// (directive, fact or configuration), or "".
func (pa *pkgAnalysis) faceDataLabel(obj types.Object) string {
	if obj == nil {
		return ""
	}
	if l, ok := pa.dirs.faceData[obj]; ok {
		return l
	}
	if obj.Pkg() != nil && obj.Pkg() != pa.pass.Pkg {
		var f FaceData
		if pa.pass.ImportObjectFact(obj, &f) {
			return f.Label
		}
	}
	return ""
}

// posn formats a position as file:line:col.
func (pa *pkgAnalysis) posn(pos token.Pos) string {
	if !pos.IsValid() {
		return "-"
	}
	if s, ok := pa.posnMemo[pos]; ok {
		return s
	}
	p := pa.pass.Fset.Position(pos)
	s := fmt.Sprintf("%s:%d:%d", p.Filename, p.Line, p.Column)
	pa.posnMemo[pos] = s
	return s
}

// insecure memoises insecureURL: the same constants are read in every
// round.
func (pa *pkgAnalysis) insecure(s string) bool {
	v, ok := pa.urlMemo[s]
	if !ok {
		v = insecureURL(s)
		pa.urlMemo[s] = v
	}
	return v
}

// internOrigin returns the shared in-memory origin for o.
func (pa *pkgAnalysis) internOrigin(o Origin, pos token.Pos) *origin {
	key := o.Posn + "|" + o.Desc
	if x, ok := pa.origins[key]; ok {
		return x
	}
	x := newOrigin(o, pos)
	pa.origins[key] = x
	return x
}

// name memoises displayName: a callee is named at every call, in every
// round.
func (pa *pkgAnalysis) name(fn *types.Func) string {
	s, ok := pa.namesMemo[fn]
	if !ok {
		s = displayName(fn)
		pa.namesMemo[fn] = s
	}
	return s
}

// displayName names a function for messages: "gocv.VideoCapture.Read",
// and "C.f" for a function cgo makes for C.f.
func displayName(fn *types.Func) string {
	fn = fn.Origin()
	name := fn.Name()
	if c, ok := strings.CutPrefix(name, "_Cfunc_"); ok {
		return "C." + c
	}
	if recv := fn.Type().(*types.Signature).Recv(); recv != nil {
		t := recv.Type()
		if p, ok := types.Unalias(t).(*types.Pointer); ok {
			t = p.Elem()
		}
		if n, ok := types.Unalias(t).(*types.Named); ok {
			name = n.Obj().Name() + "." + name
		}
	}
	if fn.Pkg() != nil {
		name = fn.Pkg().Name() + "." + name
	}
	return name
}

// exported reports whether callers outside the package may call fn: it
// is exported (a function, or a method of any type, since interfaces can
// reach it) and the package is not a command.
func (pa *pkgAnalysis) exported(fn *ssa.Function) bool {
	return !pa.isMain && fn.Parent() == nil && ast.IsExported(fn.Name()) && fn.Object() != nil
}

func (pa *pkgAnalysis) sortResult() {
	r := pa.res
	sort.SliceStable(r.Flows, func(i, j int) bool { return r.Flows[i].Pos < r.Flows[j].Pos })
	sort.SliceStable(r.Captures, func(i, j int) bool { return r.Captures[i].Pos < r.Captures[j].Pos })
	sort.SliceStable(r.Verifications, func(i, j int) bool { return r.Verifications[i].Pos < r.Verifications[j].Pos })
	sort.SliceStable(r.VerifierCalls, func(i, j int) bool { return r.VerifierCalls[i].Pos < r.VerifierCalls[j].Pos })
	sort.SliceStable(r.Routes, func(i, j int) bool { return r.Routes[i].Pos < r.Routes[j].Pos })
	sort.SliceStable(r.Malformed, func(i, j int) bool { return r.Malformed[i].Pos < r.Malformed[j].Pos })
}
