package inventory

import (
	"cmp"
	"errors"
	"go/ast"
	"go/build"
	"go/constant"
	"go/token"
	"go/types"
	"path/filepath"
	"slices"
	"sort"
	"strconv"
	"strings"

	"github.com/facelint/facelint/analyzers/facetaint"
	"github.com/facelint/facelint/internal/driver"
	"github.com/facelint/facelint/rules"
)

// Build makes the inventory of a driver run made with Options.Engine set.
// patterns are the package patterns of the run, for the record.
func Build(res *driver.Result, patterns []string) (*Inventory, error) {
	b := &builder{
		res:       res,
		roots:     rootDirs(res.Root),
		captures:  map[string]*capture{},
		processes: map[string]*process{},
		dests:     map[string]*dest{},
		flowSeen:  map[string]bool{},
		routes:    map[string][]*facetaint.Route{},
		files:     map[string]*fileInfo{},
	}
	acts := res.Engine
	if len(acts) == 0 && len(res.Findings) > 0 {
		return nil, errors.New("the analysis kept no engine results: run it with driver.Options.Engine")
	}
	sort.Slice(acts, func(i, j int) bool { return acts[i].Package.ID < acts[j].Package.ID })
	names := res.Names
	set := res.Rules
	if set == nil {
		var err error
		if set, err = rules.Default(); err != nil {
			return nil, err
		}
	}
	b.models = newModels(set, names)
	pkgs := map[string]bool{}
	for _, act := range acts {
		pkgs[act.Package.PkgPath] = true
		b.index(act)
		for _, r := range act.Result.Routes {
			b.routes[r.Handler] = append(b.routes[r.Handler], r)
		}
	}
	for _, act := range acts {
		r := act.Result
		for _, cs := range r.Captures {
			b.addCapture(cs)
		}
		for _, f := range r.Flows {
			b.addFlow(f)
		}
	}
	for _, act := range acts {
		for _, v := range act.Result.VerifierCalls {
			b.addVerification(v)
		}
	}
	inv := &Inventory{
		FormatVersion: FormatVersion,
		Tool:          Tool{Name: "facelint", Version: driver.Version()},
		Patterns:      slices.Clone(patterns),
		Packages:      sortedKeys(pkgs),
		NotAnalysed:   []LoadError{},
	}
	for _, e := range res.LoadErrors {
		le := LoadError{Package: e.Package, Message: e.Msg}
		if e.File != "" {
			le.Location = b.location(e.File, e.Line, e.Col)
		}
		inv.NotAnalysed = append(inv.NotAnalysed, le)
	}
	b.finish(inv)
	b.findings(inv, set)
	inv.Summary = summarise(inv)
	return inv, nil
}

// builder collects the inventory's entries, keyed so that what several
// packages (a package and its test variant) report is listed once.
type builder struct {
	res       *driver.Result
	roots     []string
	models    *models
	captures  map[string]*capture
	processes map[string]*process
	dests     map[string]*dest
	verifs    []*Verification
	verifSeen map[string]bool
	flowSeen  map[string]bool
	routes    map[string][]*facetaint.Route // by handler
	files     map[string]*fileInfo          // the analysed files, by name
	funcs     []funcRange                   // the analysed functions, by position
}

type capture struct {
	*Capture
	uses map[string]*CaptureUse
}

type process struct {
	*Process
	sources map[*capture]bool
}

type dest struct {
	*Destination
	flows      []*flow
	unbounded  bool
	faceAPI    string
	encrypted  int
	plaintext  map[string]bool
	consented  int
	labels     map[string]bool
	sinkLine   string        // file:line of the sink call, relative
	absPosn    string        // file:line:col of the sink call, absolute
	targetCall *ast.CallExpr // the sink call of a store, when it is in an analysed file
}

type flow struct {
	*Flow
	src *capture
	via *process
}

type fileInfo struct {
	file *ast.File
	info *types.Info
}

type funcRange struct {
	file       string // absolute
	start, end int    // lines
	full       string // types.Func.FullName
	main       bool   // the main function of a command
}

// index records the files and functions of an analysed package.
func (b *builder) index(act driver.EngineResult) {
	pkg := act.Package
	for _, f := range pkg.Syntax {
		name := pkg.Fset.Position(f.Pos()).Filename
		if b.files[name] != nil {
			continue // the package's test variant
		}
		b.files[name] = &fileInfo{file: f, info: pkg.TypesInfo}
		for _, d := range f.Decls {
			fd, ok := d.(*ast.FuncDecl)
			if !ok || pkg.TypesInfo == nil {
				continue
			}
			if fn, ok := pkg.TypesInfo.Defs[fd.Name].(*types.Func); ok {
				start, end := pkg.Fset.Position(fd.Pos()), pkg.Fset.Position(fd.End())
				isMain := pkg.Name == "main" && fn.Name() == "main" && fn.Signature().Recv() == nil
				b.funcs = append(b.funcs, funcRange{start.Filename, start.Line, end.Line, fn.FullName(), isMain})
			}
		}
	}
}

// enclosing returns the full name of the function declaration that holds
// pos, or "".
func (b *builder) enclosing(pos token.Pos) string {
	if !pos.IsValid() {
		return ""
	}
	p := b.res.Fset.Position(pos)
	return b.enclosingLine(p.Filename, p.Line)
}

// enclosingLine returns the full name of the function declaration that
// holds a line of a file (an absolute name), or "".
func (b *builder) enclosingLine(file string, line int) string {
	for _, f := range b.funcs {
		if f.file == file && f.start <= line && line <= f.end {
			return f.full
		}
	}
	return ""
}

// startedBy describes an entry point that is not a route: a goroutine the
// code starts (a background job), or the program's main function; "" for
// others.
func (b *builder) startedBy(pos token.Pos, full string) string {
	if !pos.IsValid() {
		return ""
	}
	p := b.res.Fset.Position(pos)
	if fi := b.files[p.Filename]; fi != nil {
		var goStmt *ast.GoStmt
		ast.Inspect(fi.file, func(n ast.Node) bool {
			if g, ok := n.(*ast.GoStmt); ok && g.Pos() <= pos && pos < g.End() {
				goStmt = g
			}
			return goStmt == nil
		})
		if goStmt != nil {
			return "goroutine " + types.ExprString(goStmt.Call.Fun) + " started in " + shortFunc(full)
		}
	}
	for _, f := range b.funcs {
		if f.full == full && f.main {
			return "the program's main"
		}
	}
	return ""
}

// entry returns the routes of a handler (by full or short name) and the
// handler's short name.
func (b *builder) entry(full, short string, at *Location) (string, string) {
	var patterns []string
	var found []*facetaint.Route
	if full != "" {
		found = b.routes[full]
		short = shortFunc(full)
	} else if short != "" {
		for _, h := range sortedKeys(b.routes) {
			if shortFunc(h) == short {
				found = append(found, b.routes[h]...)
			}
		}
		// A registration at the capture's position is the one.
		var here []*facetaint.Route
		for _, r := range found {
			if l := b.posLocation(r.Pos); at != nil && l != nil && l.File == at.File && l.Line == at.Line {
				here = append(here, r)
			}
		}
		if len(here) > 0 {
			found = here
		}
	}
	for _, r := range found {
		p := r.Pattern
		if p == "" {
			p = "a route registered at " + b.posLocation(r.Pos).String()
		}
		if !slices.Contains(patterns, p) {
			patterns = append(patterns, p)
		}
	}
	sort.Strings(patterns)
	return strings.Join(patterns, ", "), short
}

// shortFunc shortens a full function name as the engine's messages do:
// "(*example.com/app/handlers.Server).Enroll" is "handlers.Server.Enroll".
func shortFunc(full string) string {
	s := strings.TrimPrefix(full, "(")
	s = strings.TrimPrefix(s, "*")
	s = strings.Replace(s, ").", ".", 1)
	if i := strings.LastIndexByte(s, '/'); i >= 0 {
		s = s[i+1:]
	}
	return s
}

// addCapture records a capture site: the capture point (the capture call
// at the end of its path) and the use (where the check is decided).
func (b *builder) addCapture(cs *facetaint.CaptureSite) {
	at := b.posLocation(cs.Pos)
	loc := at
	if n := len(cs.Path); n > 0 && strings.HasPrefix(cs.Path[n-1].Desc, "captured by ") {
		loc = b.stepLocation(cs.Path[n-1])
	}
	api, faceAPI := promoted(cs.Desc)
	c := b.capture(api, loc)
	c.FaceAPI = cmp.Or(c.FaceAPI, faceAPI)
	c.Capture.Capture = true
	if c.Label == "" {
		c.Label = "image" // a candidate is a face image once it reaches a face API
		if cs.Label == "template" {
			c.Label = "template"
		}
	}
	c.NameBased = c.NameBased || cs.NameBased
	if c.Kind == "" || c.Kind == "source" {
		c.Kind = b.models.captureKind(api, cs.NameBased, false, false)
	}
	u := &CaptureUse{CheckedAt: at, Consent: cs.Guarded, GuardianConsent: cs.GuardianGuarded, Findings: []string{},
		ConsentCheck: b.check(cs.ConsentCheck, cs.ConsentPos), GuardianCheck: b.check(cs.GuardianCheck, cs.GuardianPos)}
	if cs.Minor != nil {
		u.Minor = cs.Minor.Text
	}
	for _, s := range cs.Path {
		u.Path = append(u.Path, b.step(s))
	}
	if len(u.Path) == 0 {
		u.Path = []Step{{Location: loc, Description: "captured by " + cs.Desc}}
	}
	full, short := "", ""
	if len(cs.Path) > 0 && strings.HasPrefix(cs.Path[0].Desc, "registers ") {
		short = strings.TrimPrefix(cs.Path[0].Desc, "registers ")
	} else if cs.Pos.IsValid() {
		full = b.enclosing(cs.Pos)
	}
	u.Entry, u.Handler = b.entry(full, short, at)
	u.Entry = cmp.Or(cs.Entry, u.Entry, b.startedBy(cs.Pos, full))
	key := strings.Join([]string{u.Entry, u.Handler, strconv.FormatBool(u.Consent), u.Minor, strconv.FormatBool(u.GuardianConsent)}, "|")
	if old := c.uses[key]; old != nil {
		if old.CheckedAt == nil || at != nil && at.less(old.CheckedAt) {
			c.uses[key] = u
		}
		return
	}
	c.uses[key] = u
}

// check describes what covers a capture, or nil when nothing does.
func (b *builder) check(by string, pos token.Pos) *Check {
	if by == "" {
		return nil
	}
	return &Check{By: by, Location: b.posLocation(pos)}
}

// capture returns the capture point or source of an API at a location.
func (b *builder) capture(api string, loc *Location) *capture {
	key := api
	if loc != nil {
		key = loc.File + ":" + strconv.Itoa(loc.Line) + "|" + api
	}
	c := b.captures[key]
	if c == nil {
		c = &capture{Capture: &Capture{API: api, Location: loc}, uses: map[string]*CaptureUse{}}
		b.captures[key] = c
	}
	return c
}

// addFlow records a flow: its origin as a source, an extraction as
// processing, any other flow at its destination.
func (b *builder) addFlow(f *facetaint.Flow) {
	o := f.Origin
	api, faceAPI := promoted(o.Desc)
	src := b.capture(api, b.posnLocation(o.Posn))
	src.FaceAPI = cmp.Or(src.FaceAPI, faceAPI)
	src.Capture.Capture = src.Capture.Capture || o.Capture
	if src.Label == "" {
		src.Label = o.LabelName()
		if src.Label != "template" {
			src.Label = "image" // a candidate is a face image once it reaches a face API
		}
	}
	src.NameBased = src.NameBased || o.NameBased
	if src.Kind == "" || src.Kind == "source" {
		src.Kind = b.models.captureKind(api, o.NameBased, o.Declared, o.Param > 0)
	}
	consent := f.Consented || f.Guarded
	key := strings.Join([]string{f.Kind, f.SinkPosn, f.Sink, o.Posn, o.Desc, f.Label, strconv.FormatBool(f.Encrypted), strconv.FormatBool(consent)}, "|")
	if b.flowSeen[key] {
		return
	}
	b.flowSeen[key] = true
	sink := b.posnLocation(f.SinkPosn)
	if f.Kind == facetaint.KindExtract {
		p := b.process(f.Sink, sink)
		p.sources[src] = true
		if file, line, _, ok := parsePosn(f.SinkPosn); ok && p.Function == "" {
			if full := b.enclosingLine(file, line); full != "" {
				p.Function = shortFunc(full)
			}
		}
		return
	}
	d := b.dest(f.Kind, f.Sink, f.SinkPosn, sink)
	fl := &flow{Flow: &Flow{Label: f.Label, Encrypted: f.Encrypted, Consent: consent}, src: src}
	for _, s := range f.Path {
		fl.Path = append(fl.Path, b.step(s))
		if name, ok := strings.CutPrefix(s.Desc, "template extracted by "); ok {
			fl.via = b.process(name, b.stepLocation(s))
			fl.via.sources[src] = true
		}
	}
	fl.Path = append(fl.Path, Step{Location: sink, Description: "reaches " + f.Sink})
	d.flows = append(d.flows, fl)
	d.labels[f.Label] = true
	d.unbounded = d.unbounded || f.Unbounded
	if f.Encrypted {
		d.encrypted++
	}
	if consent {
		d.consented++
	}
	for _, t := range f.Insecure {
		d.plaintext[t.Desc] = true
	}
	d.faceAPI = cmp.Or(d.faceAPI, f.FaceAPI)
	if d.Target == "" && f.Target != "" {
		d.Target = f.Target
		if f.Kind == string(rules.SinkStorage) {
			// A path with a face segment is also the form of a face API's
			// URL: the engine names it as one ("a face recognition
			// service (/var/lib/faces)"); a store's target is the path.
			d.Target = endpointURL(f.Target)
		}
	}
}

// promotedSuffix is how the engine describes data that may be a face
// image (an upload under any name, a download, an image parameter) and is
// one because it reaches a face API.
const promotedSuffix = " (a face image: it goes to "

// promoted splits such a description into the source and the face API.
func promoted(desc string) (api, faceAPI string) {
	if i := strings.LastIndex(desc, promotedSuffix); i > 0 && strings.HasSuffix(desc, ")") {
		return desc[:i], desc[i+len(promotedSuffix) : len(desc)-1]
	}
	return desc, ""
}

// process returns the processing step of an API at a location.
func (b *builder) process(api string, loc *Location) *process {
	key := loc.String() + "|" + api
	p := b.processes[key]
	if p == nil {
		p = &process{Process: &Process{Kind: "template extraction", API: api, Location: loc}, sources: map[*capture]bool{}}
		b.processes[key] = p
	}
	return p
}

// dest returns the destination of a sink call.
func (b *builder) dest(kind, sink, posn string, loc *Location) *dest {
	key := kind + "|" + posn + "|" + sink
	d := b.dests[key]
	if d == nil {
		d = &dest{
			Destination: &Destination{Kind: kind, API: sink, Location: loc},
			plaintext:   map[string]bool{}, labels: map[string]bool{},
		}
		d.absPosn = posn
		if loc != nil {
			d.sinkLine = loc.File + ":" + strconv.Itoa(loc.Line)
		}
		if file, line, col, ok := parsePosn(posn); ok && kind == string(rules.SinkStorage) {
			d.targetCall = b.callAt(file, line, col)
		}
		b.dests[key] = d
	}
	return d
}

// callAt returns the call expression whose '(' is at a position of an
// analysed file, or nil.
func (b *builder) callAt(file string, line, col int) *ast.CallExpr {
	fi := b.files[file]
	if fi == nil {
		return nil
	}
	var found *ast.CallExpr
	ast.Inspect(fi.file, func(n ast.Node) bool {
		if found != nil {
			return false
		}
		if c, ok := n.(*ast.CallExpr); ok {
			if p := b.res.Fset.Position(c.Lparen); p.Line == line && p.Column == col {
				found = c
			}
		}
		return true
	})
	return found
}

// sqlTarget returns the table that a constant SQL statement among a call's
// arguments writes, or "".
func (b *builder) sqlTarget(c *ast.CallExpr, file string) string {
	fi := b.files[file]
	if c == nil || fi == nil || fi.info == nil {
		return ""
	}
	for _, a := range c.Args {
		if tv, ok := fi.info.Types[a]; ok && tv.Value != nil && tv.Value.Kind() == constant.String {
			if t := tableOf(constant.StringVal(tv.Value)); t != "" {
				return t
			}
		}
	}
	return ""
}

// gormTarget returns the table of a gorm write: the constant of a Table
// call on the chain (db.Table("faces").Create(&f)), or else the model
// whose table it is ("model models.Face"), or "".
func (b *builder) gormTarget(c *ast.CallExpr, file string) string {
	fi := b.files[file]
	if c == nil || fi == nil || fi.info == nil {
		return ""
	}
	model := func(e ast.Expr) string {
		t := fi.info.TypeOf(e)
		for t != nil {
			switch u := t.(type) {
			case *types.Pointer:
				t = u.Elem()
				continue
			case *types.Slice:
				t = u.Elem()
				continue
			}
			break
		}
		if n, ok := types.Unalias(t).(*types.Named); ok {
			if _, ok := n.Underlying().(*types.Struct); ok {
				return "model " + types.TypeString(n, func(p *types.Package) string { return p.Name() })
			}
		}
		return ""
	}
	sel, ok := c.Fun.(*ast.SelectorExpr)
	for ok {
		inner, isCall := sel.X.(*ast.CallExpr)
		if !isCall {
			break
		}
		s, isSel := inner.Fun.(*ast.SelectorExpr)
		if isSel && len(inner.Args) > 0 {
			switch s.Sel.Name {
			case "Table":
				if tv, ok := fi.info.Types[inner.Args[0]]; ok && tv.Value != nil && tv.Value.Kind() == constant.String {
					return constant.StringVal(tv.Value)
				}
			case "Model":
				if m := model(inner.Args[0]); m != "" {
					return m
				}
			}
		}
		sel, ok = s, isSel
	}
	for _, a := range c.Args {
		if m := model(a); m != "" {
			return m
		}
	}
	return ""
}

// addVerification records a face verification.
func (b *builder) addVerification(v *facetaint.Verification) {
	loc := b.posLocation(v.Pos)
	key := loc.String() + "|" + v.Verifier
	if b.verifSeen == nil {
		b.verifSeen = map[string]bool{}
	}
	if b.verifSeen[key] {
		return
	}
	b.verifSeen[key] = true
	x := &Verification{Verifier: v.Verifier, Location: loc, OnFailure: v.Deny, Alternative: v.Alternative, Findings: []string{}}
	if v.Deny != "" {
		x.DenyLocation = b.posLocation(v.DenyPos)
	}
	full := b.enclosing(v.Pos)
	x.Entry, x.Handler = b.entry(full, "", loc)
	x.Entry = cmp.Or(x.Entry, b.startedBy(v.Pos, full))
	b.verifs = append(b.verifs, x)
}

// finish sorts the entries, gives them their IDs and sums up each.
func (b *builder) finish(inv *Inventory) {
	caps := mapValues(b.captures)
	sort.Slice(caps, func(i, j int) bool {
		a, c := caps[i], caps[j]
		if a.Capture.Capture != c.Capture.Capture {
			return a.Capture.Capture // capture points first
		}
		if a.Location.less(c.Location) || c.Location.less(a.Location) {
			return a.Location.less(c.Location)
		}
		return a.API < c.API
	})
	inv.Captures = []*Capture{}
	for i, c := range caps {
		c.ID = "C" + strconv.Itoa(i+1)
		c.Uses = mapValues(c.uses)
		sort.Slice(c.Uses, func(i, j int) bool { return useLess(c.Uses[i], c.Uses[j]) })
		if c.Uses == nil {
			c.Uses = []*CaptureUse{}
		}
		c.Consent, c.GuardianConsent = captureConsent(c)
		inv.Captures = append(inv.Captures, c.Capture)
	}
	procs := mapValues(b.processes)
	sort.Slice(procs, func(i, j int) bool {
		if procs[i].Location.less(procs[j].Location) || procs[j].Location.less(procs[i].Location) {
			return procs[i].Location.less(procs[j].Location)
		}
		return procs[i].API < procs[j].API
	})
	inv.Processing = []*Process{}
	for i, p := range procs {
		p.ID = "P" + strconv.Itoa(i+1)
		inv.Processing = append(inv.Processing, p.Process)
	}
	for _, p := range procs {
		p.Sources = []string{}
		for c := range p.sources {
			p.Sources = append(p.Sources, c.ID)
		}
		sortIDs(p.Sources)
	}
	dests := mapValues(b.dests)
	sort.Slice(dests, func(i, j int) bool {
		a, c := dests[i], dests[j]
		if kindOrder(a.Kind) != kindOrder(c.Kind) {
			return kindOrder(a.Kind) < kindOrder(c.Kind)
		}
		if a.Location.less(c.Location) || c.Location.less(a.Location) {
			return a.Location.less(c.Location)
		}
		return a.API < c.API
	})
	inv.Destinations = []*Destination{}
	counts := map[string]int{}
	for _, d := range dests {
		prefix := destPrefix(d.Kind)
		counts[prefix]++
		d.ID = prefix + strconv.Itoa(counts[prefix])
		b.describe(d)
		inv.Destinations = append(inv.Destinations, d.Destination)
	}
	verifiers := map[string]bool{}
	for _, v := range b.verifs {
		verifiers[v.Verifier] = true
	}
	for _, p := range procs {
		p.InVerifier = p.Function != "" && verifiers[p.Function]
	}
	// A face API call can be both a capture point and where the data is
	// processed or sent: the same call.
	for _, c := range caps {
		c.SameCall = []string{}
		if !c.Capture.Capture || c.Location == nil {
			continue
		}
		for _, p := range procs {
			if sameLine(p.Location, c.Location) && p.API == c.API {
				c.SameCall = append(c.SameCall, p.ID)
			}
		}
		for _, d := range dests {
			if sameLine(d.Location, c.Location) && d.API == c.API {
				c.SameCall = append(c.SameCall, d.ID)
			}
		}
	}
	sort.Slice(b.verifs, func(i, j int) bool { return b.verifs[i].Location.less(b.verifs[j].Location) })
	inv.Verifications = []*Verification{}
	for i, v := range b.verifs {
		v.ID = "V" + strconv.Itoa(i+1)
		inv.Verifications = append(inv.Verifications, v)
	}
}

// describe fills in what a destination's flows say about it.
func (b *builder) describe(d *dest) {
	sort.SliceStable(d.flows, func(i, j int) bool {
		a, c := d.flows[i], d.flows[j]
		if a.src.ID != c.src.ID {
			return idLess(a.src.ID, c.src.ID)
		}
		if a.Label != c.Label {
			return a.Label < c.Label
		}
		return !a.Consent && c.Consent
	})
	d.Flows = []*Flow{}
	for _, f := range d.flows {
		f.Source = f.src.ID
		if f.via != nil {
			f.Via = f.via.ID
		}
		d.Flows = append(d.Flows, f.Flow)
	}
	d.Labels = sortedKeys(d.labels)
	d.Findings = []string{}
	d.Consent = share(d.consented, len(d.flows), "checked", "partly", "none")
	switch rules.SinkKind(d.Kind) {
	case rules.SinkStorage:
		d.Store = b.models.storeKind(d.API)
		d.Encryption = share(d.encrypted, len(d.flows), "encrypted", "partly encrypted", "not encrypted")
		switch {
		case d.unbounded:
			d.Expiry = "none"
		case d.Store == "key-value store":
			d.Expiry = "set"
		default:
			d.Expiry = "not known"
		}
		if d.Target == "" && d.Store == "database" {
			if file, _, _, ok := parsePosn(d.absPosn); ok {
				d.Target = b.sqlTarget(d.targetCall, file)
				if d.Target == "" && strings.HasPrefix(d.API, "gorm.") {
					d.Target = b.gormTarget(d.targetCall, file)
				}
			}
		}
	case rules.SinkNetwork, rules.SinkThirdParty:
		d.Service, d.Vendor = b.models.service(d.Kind, d.API, d.faceAPI)
		url := endpointURL(d.Target)
		if url == "" {
			url = endpointURL(d.faceAPI)
		}
		d.Host = hostOf(url)
		d.Plaintext = sortedKeys(d.plaintext)
		switch {
		case len(d.Plaintext) > 0:
			d.Transport = "plaintext"
		case secureScheme(url):
			d.Transport = "TLS"
		default:
			d.Transport = "no plaintext transport found"
		}
	}
}

// endpointURL returns the URL of a face API's description ("Baidu AI
// Cloud face recognition (aip.baidubce.com/rest/2.0/face/v3/search)"), or
// the text itself when it is not one.
func endpointURL(s string) string {
	if i := strings.LastIndex(s, " ("); i > 0 && strings.HasSuffix(s, ")") {
		return s[i+2 : len(s)-1]
	}
	return s
}

// share says whether all, some or none of n things have a property.
func share(k, n int, all, some, none string) string {
	switch {
	case n > 0 && k == n:
		return all
	case k > 0:
		return some
	}
	return none
}

// captureConsent sums up the consent and guardian-consent checks of a
// capture's uses.
func captureConsent(c *capture) (consent, guardian string) {
	if len(c.Uses) == 0 {
		if c.Capture.Capture {
			return "callers", "n/a"
		}
		return "n/a", "n/a"
	}
	k, minors, g := 0, 0, 0
	for _, u := range c.Uses {
		if u.Consent {
			k++
		}
		if u.Minor != "" {
			minors++
			if u.GuardianConsent {
				g++
			}
		}
	}
	consent = share(k, len(c.Uses), "checked", "partly", "none")
	guardian = "n/a"
	if minors > 0 {
		guardian = share(g, minors, "checked", "partly", "none")
	}
	return consent, guardian
}

func useLess(a, b *CaptureUse) bool {
	if a.Entry != b.Entry {
		return a.Entry < b.Entry
	}
	if a.Handler != b.Handler {
		return a.Handler < b.Handler
	}
	if a.CheckedAt.less(b.CheckedAt) || b.CheckedAt.less(a.CheckedAt) {
		return a.CheckedAt.less(b.CheckedAt)
	}
	if a.Consent != b.Consent {
		return !a.Consent
	}
	return a.Minor < b.Minor
}

// kindOrder is the order of the destination kinds in the inventory.
func kindOrder(kind string) int {
	switch rules.SinkKind(kind) {
	case rules.SinkStorage:
		return 0
	case rules.SinkThirdParty, rules.SinkNetwork:
		return 1
	case rules.SinkLog:
		return 2
	case rules.SinkResponse:
		return 3
	}
	return 4
}

// destPrefix is the ID prefix of a destination kind.
func destPrefix(kind string) string {
	switch rules.SinkKind(kind) {
	case rules.SinkStorage:
		return "S"
	case rules.SinkThirdParty, rules.SinkNetwork:
		return "T"
	case rules.SinkLog:
		return "L"
	case rules.SinkResponse:
		return "R"
	}
	return "X"
}

// idLess orders IDs such as C2 and C10 by their number.
func idLess(a, b string) bool {
	if len(a) == 0 || len(b) == 0 || a[0] != b[0] {
		return a < b
	}
	x, _ := strconv.Atoi(a[1:])
	y, _ := strconv.Atoi(b[1:])
	return x < y
}

func sortIDs(ids []string) { sort.Slice(ids, func(i, j int) bool { return idLess(ids[i], ids[j]) }) }

func sortedKeys[V any](m map[string]V) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return keys
}

// mapValues returns the values of a map in the order of their keys.
func mapValues[V any](m map[string]V) []V {
	var out []V
	for _, k := range sortedKeys(m) {
		out = append(out, m[k])
	}
	return out
}

// Locations.

// rootDirs returns the repository root, and the same with symbolic links
// resolved.
func rootDirs(root string) []string {
	dirs := []string{root}
	if real, err := filepath.EvalSymlinks(root); err == nil && real != root {
		dirs = append(dirs, real)
	}
	return dirs
}

// relFile names a file relative to the repository root; a file of the
// module cache by its module and path, one of the standard library by
// its path under GOROOT/src.
func (b *builder) relFile(file string) string {
	for _, dir := range b.roots {
		if rel, err := filepath.Rel(dir, file); err == nil && rel != ".." && !strings.HasPrefix(rel, ".."+string(filepath.Separator)) && !filepath.IsAbs(rel) {
			return filepath.ToSlash(rel)
		}
	}
	slash := filepath.ToSlash(file)
	if _, rest, ok := strings.Cut(slash, "/pkg/mod/"); ok {
		return rest
	}
	if goroot := filepath.ToSlash(build.Default.GOROOT); goroot != "" && strings.HasPrefix(slash, goroot+"/src/") {
		return "GOROOT/src/" + strings.TrimPrefix(slash, goroot+"/src/")
	}
	return slash
}

func (b *builder) location(file string, line, col int) *Location {
	if file == "" || line <= 0 {
		return nil
	}
	return &Location{File: b.relFile(file), Line: line, Column: col}
}

func (b *builder) posLocation(pos token.Pos) *Location {
	if !pos.IsValid() || b.res.Fset == nil {
		return nil
	}
	p := b.res.Fset.Position(pos)
	return b.location(p.Filename, p.Line, p.Column)
}

func (b *builder) posnLocation(posn string) *Location {
	file, line, col, ok := parsePosn(posn)
	if !ok {
		return nil
	}
	return b.location(file, line, col)
}

func (b *builder) stepLocation(s facetaint.PathStep) *Location {
	if l := b.posnLocation(s.Posn); l != nil {
		return l
	}
	return b.posLocation(s.Pos)
}

func (b *builder) step(s facetaint.PathStep) Step {
	return Step{Location: b.stepLocation(s), Description: s.Desc}
}
