package facetaint

import (
	"fmt"
	"go/token"
	"slices"
	"strings"
)

// report turns the unit's concrete findings into the Result. Findings in
// test files are not reported: tests handle sample data, not a person's
// face, and a test's calls of the code under test would repeat that code's
// findings.
func (u *unit) report() {
	pa := u.pa
	for _, e := range u.events {
		if e.kind == KindFaceAPI || pa.inTestFile(e.pos) {
			continue
		}
		var insecure []*Transport
		for _, a := range e.dest {
			if a.param < 0 && a.lab == labelInsecure {
				insecure = append(insecure, &Transport{Desc: a.org.Desc, Path: pathSteps(a.path)})
			}
		}
		for _, a := range bestAtoms(pa.faceAtoms(e.payload)) {
			key := fmt.Sprintf("%s|%s|%s|%d", e.kind, e.posn, a.org.key, a.flags)
			if pa.flowKeys[key] {
				continue
			}
			pa.flowKeys[key] = true
			pa.res.Flows = append(pa.res.Flows, &Flow{
				Kind: e.kind, Sink: e.sink, Pos: e.pos, SinkPosn: e.posn,
				Origin: a.org.Origin, OriginPos: a.org.pos, Label: a.lab.String(),
				Encrypted: a.flags&fEncrypted != 0, Consented: a.flags&fConsented != 0,
				Guarded: e.guarded, Unbounded: e.unbounded, DestOnly: e.destOnly,
				Path: pathSteps(a.path), Insecure: insecure, Ignored: e.ignored,
				FaceAPI: e.faceAPI, Target: e.target,
			})
		}
	}
	for _, c := range u.captures {
		if c.cand != "" && pa.promoted[c.cand] == nil || pa.inTestFile(posOf(c.instr)) {
			continue
		}
		if u.processing(c) {
			continue
		}
		guarded := c.consented || pa.guardedAt(c.instr, gConsent)
		deferred := !guarded && !c.wired && pa.deferredAt(c.instr)
		minor := pa.minorAt(c.instr)
		guardian := pa.guardedAt(c.instr, gGuardian)
		if deferred && (minor == nil || guardian) {
			continue // the callers guard it (see the function's summary)
		}
		site := &CaptureSite{
			Pos: posOf(c.instr), Desc: c.desc, Label: c.lab.String(), NameBased: c.nameBased,
			Path: pathSteps(c.path), Guarded: guarded || deferred, IgnoredGuards: pa.info[c.instr.Parent()].ignored,
			Minor: minor, GuardianGuarded: guardian, Entry: pa.entryOf(c.instr),
		}
		switch {
		case c.consented:
			site.ConsentCheck = "the consent middleware of its route"
		case guarded:
			site.ConsentCheck, site.ConsentPos = pa.coveringGuard(c.instr, gConsent)
		case deferred:
			site.ConsentCheck = "the callers of " + c.instr.Parent().Name()
		}
		if guardian {
			site.GuardianCheck, site.GuardianPos = pa.coveringGuard(c.instr, gGuardian)
		}
		pa.res.Captures = append(pa.res.Captures, site)
	}
}

// The ways face data is recognised, from the surest: a modelled source
// (or a read from a store), a candidate that reaches a face API, a name,
// a declared type.
const (
	byCall = iota
	byFaceAPI
	byName
	byType
)

func recognition(a *atom) int {
	switch {
	case a.org.Declared:
		return byType
	case a.org.NameBased:
		return byName
	case a.org.Promoted:
		return byFaceAPI
	}
	return byCall
}

// bestAtoms keeps, of the face data reaching one sink, what is recognised
// the surest way: the same data recognised by a call and by its name (or
// its type) is one finding, not one per way.
func bestAtoms(t tset) tset {
	best := byType
	for _, a := range t {
		best = min(best, recognition(a))
	}
	var out tset
	for _, a := range t {
		if recognition(a) == best {
			out = append(out, a)
		}
	}
	return out
}

// faceAtoms returns the face data among t as reported: concrete face atoms,
// and candidates promoted to face images.
func (pa *pkgAnalysis) faceAtoms(t tset) tset {
	var out tset
	for _, a := range t {
		switch {
		case a.param >= 0:
		case a.lab.face():
			out = append(out, a)
		case a.maybe():
			if b := pa.faceImage(a); b != nil {
				out = append(out, b)
			}
		}
	}
	return out
}

// processing reports whether a face API capture is processing of data
// that another capture of the unit, earlier in the source, already
// processed: one capture per piece of data.
func (u *unit) processing(c capturePoint) bool {
	if len(c.data) == 0 {
		return false
	}
	pos := posOf(c.instr)
	for _, o := range u.captures {
		if o.instr.Parent() != c.instr.Parent() || posOf(o.instr) >= pos || len(o.data) == 0 {
			continue
		}
		for _, k := range o.data {
			if slices.Contains(c.data, k) {
				return true
			}
		}
	}
	return false
}

// inTestFile reports whether pos is in a _test.go file.
func (pa *pkgAnalysis) inTestFile(pos token.Pos) bool {
	if !pos.IsValid() {
		return false
	}
	return strings.HasSuffix(pa.pass.Fset.File(pos).Name(), "_test.go")
}

// dedupeFlows keeps one finding per sink and source: a sink reached by the
// same data from several callers is reported once, where the sink is when
// it is in the package, otherwise at the first call into it.
func (pa *pkgAnalysis) dedupeFlows() {
	best := map[string]*Flow{}
	var keys []string
	for _, f := range pa.res.Flows {
		key := fmt.Sprintf("%s|%s|%s|%s|%v", f.Kind, f.SinkPosn, f.Origin.Posn, f.Origin.Desc, f.Encrypted)
		old, ok := best[key]
		if !ok {
			keys = append(keys, key)
			best[key] = f
			continue
		}
		atSink := func(f *Flow) bool { return pa.posn(f.Pos) == f.SinkPosn }
		if !atSink(old) && (atSink(f) || f.Pos < old.Pos) {
			best[key] = f
		}
	}
	pa.res.Flows = pa.res.Flows[:0]
	for _, k := range keys {
		pa.res.Flows = append(pa.res.Flows, best[k])
	}
}

func pathSteps(s *step) []PathStep {
	list := s.list()
	out := make([]PathStep, len(list))
	for i, x := range list {
		out[i] = PathStep{Pos: x.pos, Posn: x.posn, Desc: x.desc}
	}
	return out
}

// ignoredRules returns the rules that //facelint:ignore and
// //facelint:file-ignore directives suppress at pos.
func (pa *pkgAnalysis) ignoredRules(pos token.Pos) []string {
	var out []string
	for _, ig := range pa.ignoreAt(pos) {
		for _, r := range ig.Rules {
			if !slices.Contains(out, r) {
				out = append(out, r)
			}
		}
	}
	return out
}

func (pa *pkgAnalysis) ignoreAt(pos token.Pos) []*Ignore {
	if !pos.IsValid() {
		return nil
	}
	return pa.dirs.suppress.At(pa.pass.Fset.Position(pos))
}

// markIgnoreUsed marks a directive at a sink used when the sink's findings
// will be computed in other packages (the sink is reached by a function's
// inputs): for each rule, the most specific directive that covers it.
func (pa *pkgAnalysis) markIgnoreUsed(pos token.Pos, rules []string) {
	for _, r := range rules {
		for _, ig := range pa.ignoreAt(pos) {
			if ig.Covers(r) {
				ig.MarkUsed(r)
				break
			}
		}
	}
}
