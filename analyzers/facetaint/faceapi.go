package facetaint

import (
	"go/token"
	"slices"
	"strings"

	"golang.org/x/tools/go/ssa"
)

// What goes into a face API is face data, and so is its origin.
//
// A face API is a call that processes a face: a modelled face SDK or cloud
// face API (a capturing extractor, source, verifier or sink), or a plain
// HTTP call whose URL is the endpoint of a known remote face API. Data
// that may be a face image but is not known to be one (a candidate: an
// upload under any name, a download, a file, an image parameter) becomes
// face data when it reaches a face API: its origin is promoted, and every
// flow of that origin is then a flow of face data, in this package and,
// through the facts, in the packages that import it.
//
// A face API call is itself a capture (FR201) unless what it processes
// was captured before (an upload, a bound request, a camera frame): then it
// is processing of that capture, reported where the capture is. Calls on
// the same data in a function are one capture.

// promotion is why a candidate is face data: the face API it reaches.
type promotion struct {
	api  string    // e.g. "rekognition.Client.IndexFaces"
	pos  token.Pos // the call, when it is in the package
	posn string
}

// candidate returns a candidate atom: data of origin o, at pos, that may
// be a face image. what describes it for the path ("downloaded content").
func (u *unit) candidate(o Origin, pos token.Pos, what string) tset {
	posn := u.pa.posn(pos)
	o.Posn, o.Label = posn, uint8(labelMaybe)
	a := &atom{param: -1, org: u.pa.internOrigin(o, pos), lab: labelMaybe}
	desc := "possible face image"
	if what != "" {
		desc += " (" + what + ")"
	}
	a.path = a.path.then(pos, posn, desc+" from "+o.Desc)
	if u.cur != nil && u.pa.guardedAt(u.cur, gConsent) {
		a.flags |= fConsented
	}
	return tset{a}
}

// promote records that the candidates among t reach the face API api, at
// pos (NoPos in another package) and posn.
func (pa *pkgAnalysis) promote(t tset, api string, pos token.Pos, posn string) {
	for _, a := range t {
		if a.maybe() {
			if _, ok := pa.promoted[a.org.key]; !ok {
				pa.promoted[a.org.key] = &promotion{api: api, pos: pos, posn: posn}
			}
		}
	}
}

// faceImage returns a candidate promoted to a face image (nil when it is
// not promoted), for findings and facts.
func (pa *pkgAnalysis) faceImage(a *atom) *atom {
	p := pa.promoted[a.org.key]
	if p == nil {
		return nil
	}
	b := *a
	b.lab = labelImage
	o := a.org.Origin
	o.Label, o.Promoted = uint8(labelImage), true
	o.Desc += " (a face image: it goes to " + p.api + ")"
	b.org = pa.internOrigin(o, a.org.pos)
	b.path = a.path.then(p.pos, p.posn, "a face image: it goes to "+p.api)
	return &b
}

// faceAPIUse records a call to a face API on payload: the candidates in it
// are face data, and unless the payload was captured before, the call is
// a capture.
func (u *unit) faceAPIUse(instr ssa.CallInstruction, name string, payload tset, lab label) {
	pos := instr.Common().Pos()
	posn := u.pa.posn(pos)
	u.pa.promote(payload, name, pos, posn)
	if hasParam(payload) || len(payload.only(labelMaybe)) > 0 {
		// for the callers: what they pass here goes to a face API
		u.addEvent(&event{kind: KindFaceAPI, sink: name, posn: posn, pos: pos, payload: payload})
	}
	if capturedBefore(payload) {
		return // processing of a capture, reported at the capture
	}
	u.addCapture(capturePoint{instr: instr, desc: name, lab: lab, posn: posn, data: dataKeys(payload), params: paramsOf(payload)})
}

// capturedBefore reports whether data was collected from a person before
// it reached this point: an atom from a capture (a camera, an upload, a
// bound request) is in it.
func capturedBefore(t tset) bool {
	for _, a := range t {
		if a.param < 0 && a.org.Capture && (a.lab.face() || a.maybe()) {
			return true
		}
	}
	return false
}

// dataKeys returns the origins of the concrete data in t: two face API
// calls on the same data are one capture.
func dataKeys(t tset) []string {
	var keys []string
	for _, a := range t {
		if a.param < 0 && (a.lab.face() || a.maybe()) {
			keys = append(keys, a.org.key)
		}
	}
	return keys
}

// paramsOf returns the inputs of the function that t holds.
func paramsOf(t tset) []int {
	var out []int
	for _, a := range t {
		if a.param >= 0 {
			out = append(out, a.param)
		}
	}
	return out
}

// endpointDesc describes the URL s of a vendor's face API.
func endpointDesc(vendor, s string) string { return vendor + " (" + shortURL(s) + ")" }

// endpointURL returns the URL or path an endpoint's description quotes.
func endpointURL(desc string) string {
	i := strings.LastIndex(desc, " (")
	if i < 0 || !strings.HasSuffix(desc, ")") {
		return ""
	}
	return desc[i+2 : len(desc)-1]
}

// endpoint returns the atom of a string constant that is the URL (or a URL
// template, "%s/faces/search") of a remote face API, or nil.
func (u *unit) endpoint(s string) *atom {
	vendor, ok := u.pa.endpointMemo[s]
	if !ok {
		vendor = u.pa.faceAPIVendor(s)
		u.pa.endpointMemo[s] = vendor
	}
	if vendor == "" {
		return nil
	}
	pos := posOf(u.cur)
	posn := u.pa.posn(pos)
	desc := endpointDesc(vendor, s)
	o := u.pa.internOrigin(Origin{Desc: desc, Posn: posn, Label: uint8(labelEndpoint)}, pos)
	a := &atom{param: -1, org: o, lab: labelEndpoint}
	a.path = a.path.then(pos, posn, "face API endpoint: "+desc)
	return a
}

// faceAPIVendor returns the vendor of the face API a URL (or URL
// template) addresses, or "".
func (pa *pkgAnalysis) faceAPIVendor(s string) string {
	if len(s) > 2048 || !strings.Contains(s, "/") {
		return ""
	}
	rest := s
	hasScheme := false
	if i := strings.Index(rest, "://"); i >= 0 {
		rest, hasScheme = rest[i+3:], true
	}
	if strings.ContainsAny(rest, " \n\t") {
		return ""
	}
	for _, api := range pa.models.faceAPIs {
		for _, url := range api.URLs {
			if hasScheme && (rest == url || strings.HasPrefix(rest, strings.TrimSuffix(url, "/")+"/") || strings.HasPrefix(rest, url+"?")) {
				return api.Vendor
			}
		}
	}
	// A path: what follows the host, or a template's path ("%s/faces/x").
	path := rest
	if hasScheme {
		i := strings.IndexByte(rest, '/')
		if i < 0 {
			return ""
		}
		path = rest[i:]
	} else if !strings.HasPrefix(path, "/") && !strings.HasPrefix(path, "%s/") && !strings.HasPrefix(path, "%v/") {
		return ""
	}
	if i := strings.IndexAny(path, "?#"); i >= 0 {
		path = path[:i]
	}
	for _, api := range pa.models.faceAPIs {
		if api.PathsRE != nil && api.PathsRE.MatchString(path) {
			return api.Vendor
		}
	}
	return ""
}

// reportedParams returns the inputs that a face API sink of the function
// reports as face data itself: those whose parameter candidates it
// promoted.
func (pa *pkgAnalysis) reportedParams(e *event) []int {
	if e.faceAPI == "" {
		return nil
	}
	var out []int
	for _, a := range e.payload {
		if a.param < 0 && a.org.Param > 0 && pa.promoted[a.org.key] != nil && !slices.Contains(out, a.org.Param-1) {
			out = append(out, a.org.Param-1)
		}
	}
	return out
}

// paramCandidate returns the candidate atom of an image parameter of an
// exported function of the user's code (what callers in other packages
// pass may be a face image, and if it reaches a face API here, it is one),
// or nil.
func (u *unit) paramCandidate(i int, p *ssa.Parameter) *atom {
	pa := u.pa
	if !pa.own || !pa.exported(u.root) || !pa.candidateType(p.Type(), p.Name()) {
		return nil
	}
	if i == 0 && u.root.Signature.Recv() != nil {
		return nil // the receiver: its fields are read where they are
	}
	desc := "parameter " + p.Name() + " of " + pa.name(funcObj(u.root))
	posn := pa.posn(p.Pos())
	o := pa.internOrigin(Origin{Desc: desc, Posn: posn, Label: uint8(labelMaybe), Param: i + 1}, p.Pos())
	a := &atom{param: -1, org: o, lab: labelMaybe}
	a.path = a.path.then(p.Pos(), posn, "possible face image from the "+desc)
	return a
}

// knownVendor reports whether an endpoint description names a vendor's
// face API (known by its URLs), not a service recognised by its path only.
func (pa *pkgAnalysis) knownVendor(desc string) bool {
	for _, api := range pa.models.faceAPIs {
		if len(api.URLs) > 0 && strings.HasPrefix(desc, api.Vendor+" (") {
			return true
		}
	}
	return false
}

// shortURL keeps the host and the start of the path of a URL for messages.
func shortURL(s string) string {
	if i := strings.Index(s, "://"); i >= 0 {
		s = s[i+3:]
	}
	if i := strings.IndexAny(s, "?#"); i >= 0 {
		s = s[:i]
	}
	if len(s) > 48 {
		s = s[:45] + "..."
	}
	return s
}

// imageData reports whether t may hold an image: face data, a candidate,
// or an input of the function of a type that can hold one.
func (u *unit) imageData(t tset) bool {
	for _, a := range t {
		switch {
		case a.param >= 0:
			if in := u.inputs(); a.param < len(in) && imageCarrier(in[a.param].Type()) {
				return true
			}
		case a.lab.face(), a.maybe():
			return true
		}
	}
	return false
}
