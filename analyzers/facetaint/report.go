package facetaint

import (
	"fmt"
	"go/token"
	"slices"
)

// report turns the unit's concrete findings into the Result.
func (u *unit) report() {
	pa := u.pa
	for _, e := range u.events {
		var insecure []*Transport
		for _, a := range e.dest {
			if a.param < 0 && a.lab == labelInsecure {
				insecure = append(insecure, &Transport{Desc: a.org.Desc, Path: pathSteps(a.path)})
			}
		}
		traced := false // a flow from a real source makes declared types redundant
		for _, a := range e.payload {
			traced = traced || a.param < 0 && a.lab.face() && !a.org.Declared
		}
		for _, a := range e.payload {
			if a.param >= 0 || !a.lab.face() || traced && a.org.Declared {
				continue
			}
			key := fmt.Sprintf("%s|%d|%s|%d|%d", e.kind, e.pos, a.org.key, a.lab, a.flags)
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
			})
		}
	}
	for _, c := range u.captures {
		guarded := pa.guardedAt(c.instr, gConsent)
		deferred := !guarded && pa.deferredAt(c.instr)
		minor := pa.minorAt(c.instr)
		guardian := pa.guardedAt(c.instr, gGuardian)
		if deferred && (minor == nil || guardian) {
			continue // the callers guard it (see the function's summary)
		}
		pa.res.Captures = append(pa.res.Captures, &CaptureSite{
			Pos: posOf(c.instr), Desc: c.desc, Label: c.lab.String(), NameBased: c.nameBased,
			Path: pathSteps(c.path), Guarded: guarded || deferred, IgnoredGuards: pa.info[c.instr.Parent()].ignored,
			Minor: minor, GuardianGuarded: guardian,
		})
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
