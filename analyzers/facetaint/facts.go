package facetaint

import (
	"fmt"
	"strings"
)

// Summary is the fact facetaint exports for a function: what the function
// does with face data, as its callers (in other packages too) need to know.
// It is gob-encoded: slices only, in a deterministic order.
type Summary struct {
	// Outs are values the function produces: face data from sources inside
	// it (concrete atoms) and its inputs flowing to its results or into the
	// objects its pointer inputs point to (symbolic atoms).
	Outs []Out
	// Events are sinks and extractors reached by the function's inputs.
	Events []Event
	// Captures are captures inside the function that no consent guard
	// dominates; the obligation to guard them moves to the callers.
	Captures []Capture
	// Guard is "consent" or "guardian" when the function is a consent
	// check: its bool result is true, or its error result nil, only when
	// consent was given.
	Guard string
	// Ensures is "consent" or "guardian" when the function returns
	// normally only after a successful consent check.
	Ensures string
	// Middleware is set when the function wraps an HTTP handler and
	// enforces consent for it.
	Middleware bool
	// Verifier is "face" or "alternative" when the function's result is the
	// decision of a face or of a non-face verifier.
	Verifier string
	// ReachesAlternative is set when the function calls (transitively) a
	// non-face verifier.
	ReachesAlternative bool
	// Sink, Sanitizer and Source come from directives on the function:
	// the function is a sink of that kind, returns its inputs encrypted or
	// decrypted, or returns face data of that label.
	Sink, Sanitizer, Source string
	// SourceCapture marks a directive source that captures from a person.
	SourceCapture bool
}

// AFact marks Summary as an analysis fact.
func (*Summary) AFact() {}

// String describes the summary compactly, for tests.
func (s *Summary) String() string {
	var parts []string
	add := func(format string, args ...any) { parts = append(parts, fmt.Sprintf(format, args...)) }
	for _, o := range s.Outs {
		add("%s->%s", o.Atom.describe(), portName(o.To))
	}
	for _, e := range s.Events {
		var ins []string
		for _, a := range e.Payload {
			ins = append(ins, a.describe())
		}
		add("%s->%s(%s)", strings.Join(ins, "+"), e.Kind, e.Sink)
	}
	for _, c := range s.Captures {
		add("captures(%s)", c.Desc)
	}
	if s.Guard != "" {
		add("guard(%s)", s.Guard)
	}
	if s.Ensures != "" {
		add("ensures(%s)", s.Ensures)
	}
	if s.Middleware {
		add("middleware")
	}
	if s.Verifier != "" {
		add("verifier(%s)", s.Verifier)
	}
	if s.ReachesAlternative {
		add("alternative")
	}
	if s.Sink != "" {
		add("sink(%s)", s.Sink)
	}
	if s.Sanitizer != "" {
		add("sanitizer(%s)", s.Sanitizer)
	}
	if s.Source != "" {
		add("source(%s)", s.Source)
	}
	return "summary{" + strings.Join(parts, " ") + "}"
}

func (s *Summary) empty() bool {
	return len(s.Outs) == 0 && len(s.Events) == 0 && len(s.Captures) == 0 && s.Guard == "" &&
		s.Ensures == "" && !s.Middleware && s.Verifier == "" && !s.ReachesAlternative &&
		s.Sink == "" && s.Sanitizer == "" && s.Source == ""
}

// A port is where an Out goes: result i (i >= 0) or the object pointed to
// by input k (encoded as -k-1).
func portName(p int) string {
	if p >= 0 {
		return fmt.Sprintf("result%d", p)
	}
	return fmt.Sprintf("*in%d", -p-1)
}

// Out is a value a function produces.
type Out struct {
	To   int // port
	Atom Atom
}

// Atom is face data (or an insecure transport) in a fact: either concrete,
// from an Origin, or symbolic, standing for input Param of the function.
type Atom struct {
	Param  int     // input index (receiver first), or -1 when concrete
	Origin *Origin // concrete atoms only
	Label  uint8
	Flags  uint8
	Path   []Step
}

func (a *Atom) describe() string {
	var b strings.Builder
	if a.Param >= 0 {
		fmt.Fprintf(&b, "in%d", a.Param)
	} else {
		fmt.Fprintf(&b, "%s(%s)", label(a.Label), a.Origin.Desc)
	}
	if f := aflags(a.Flags); f != 0 {
		b.WriteString("[" + f.String() + "]")
	}
	return b.String()
}

// Origin is where concrete face data or an insecure transport comes from.
type Origin struct {
	Desc      string // e.g. "gocv.VideoCapture.Read"
	Posn      string // file:line:col of the source call
	Label     uint8
	NameBased bool // an upload recognised by its name (lower confidence)
	Declared  bool // a value of a type or field declared face data
	Capture   bool // the source call collects face data from a person
	// Param is 1 + the index of the input a parameter candidate stands for
	// (an image parameter of an exported function), or 0.
	Param int
	// Promoted marks data that was a candidate and is face data because it
	// reaches a face API.
	Promoted bool
}

// Step is one step of a path, in a fact.
type Step struct {
	Posn string // file:line:col
	Desc string
}

// Event is a sink or extractor reached by a function's inputs.
type Event struct {
	Kind      string // a rules.SinkKind, or "extract"
	Sink      string // e.g. "log.Printf"
	Posn      string // file:line:col of the sink call
	Payload   []Atom
	Dest      []Atom
	Guarded   bool     // the sink call is guarded by separate consent
	Unbounded bool     // a key-value write with no expiry
	DestOnly  bool     // the payload was already reported where the sink is
	Ignored   []string // rule IDs suppressed on the sink's line
	FaceAPI   string   // the face API the sink is, or ""
	Target    string   // the sink's constant destination (Flow.Target), or ""
	// ReportedParams are the inputs the function reported as face data at
	// this sink (what a face API is sent): callers do not report them.
	ReportedParams []int
}

// Capture is an unguarded capture inside a function.
type Capture struct {
	Desc      string
	Posn      string
	Label     uint8
	NameBased bool
	Path      []Step
	Cand      string   // the origin of a candidate: a capture once it is face data
	Params    []int    // the inputs a face API call processes
	Data      []string // the origins of the data it processes
}

// FieldTaint is the fact on a struct field or package-level variable that
// face data (or an insecure transport) was stored into it.
type FieldTaint struct {
	Atoms []Atom // concrete atoms only
}

// AFact marks FieldTaint as an analysis fact.
func (*FieldTaint) AFact() {}

// String describes the fact, for tests.
func (f *FieldTaint) String() string {
	var parts []string
	for i := range f.Atoms {
		parts = append(parts, f.Atoms[i].describe())
	}
	return "stores{" + strings.Join(parts, " ") + "}"
}

// FaceData is the fact on a type or struct field declared face data with
// //facelint:facedata.
type FaceData struct {
	Label string
}

// AFact marks FaceData as an analysis fact.
func (*FaceData) AFact() {}

// String describes the fact, for tests.
func (f *FaceData) String() string { return "facedata(" + f.Label + ")" }

// Middleware is the fact on a struct field or package variable that a
// consent middleware is stored into it (see middleware.go).
type Middleware struct{}

// AFact marks Middleware as an analysis fact.
func (*Middleware) AFact() {}

// String describes the fact, for tests.
func (*Middleware) String() string { return "middleware" }

// Analyzed is the package fact saying facetaint analysed the package: a
// function of it without a Summary does nothing with face data.
// ThirdParty says the package is not the user's own code: its summaries
// describe flows only, and paths do not go inside it.
type Analyzed struct {
	ThirdParty bool
}

// AFact marks Analyzed as an analysis fact.
func (*Analyzed) AFact() {}

// String describes the fact, for tests.
func (a *Analyzed) String() string {
	if a.ThirdParty {
		return "analyzed(third-party)"
	}
	return "analyzed"
}
