package facetaint

import (
	"go/token"
	"strings"

	"github.com/facelint/facelint/rules"
)

// Result is what facetaint found in one package.
type Result struct {
	// Err is the configuration error that stopped the analysis, if any;
	// the rule analyzers return it.
	Err error
	// Rules is the rule set in force for the package.
	Rules *rules.Set
	// Flows are face data reaching sinks and extractors.
	Flows []*Flow
	// Captures are capture calls of the package that must be guarded here.
	Captures []*CaptureSite
	// Verifications are face verifications whose failing branch denies
	// access.
	Verifications []*Verification
	// VerifierCalls are every face verification of the package, those
	// whose failing branch denies access (Deny set, also in
	// Verifications) and the others.
	VerifierCalls []*Verification
	// Ignores are the //facelint:ignore directives, by line.
	Ignores map[Line]*Ignore
	// Nolint are the lines with a //nolint directive covering facelint.
	Nolint map[Line]bool
	// Malformed are directives facelint could not use.
	Malformed []Malformed
	// Routes are the handlers the package registers on routes, its own
	// and other packages' (for the inventory: the entry points of
	// captures in handlers of another package).
	Routes []*Route
}

// Route is a handler registered on a route.
type Route struct {
	Pos     token.Pos // the registration call
	Pattern string    // the route's constant pattern ("/enroll", "POST /enroll"), or ""
	// Handler is the handler's full name as go/types spells it
	// ("(*example.com/app/handlers.Server).Enroll"), or the SSA name of a
	// function literal ("example.com/app.main$1").
	Handler string
	// Wrapped says consent middleware wraps the handler on this route.
	Wrapped bool
}

// Flow is face data of one origin reaching one sink or extractor.
type Flow struct {
	Kind      string    // a rules.SinkKind, or KindExtract
	Sink      string    // e.g. "log.Printf"
	Pos       token.Pos // where to report: the sink call, or the call into the callee holding it
	SinkPosn  string    // file:line:col of the sink call
	Origin    Origin
	OriginPos token.Pos // the source call when it is in this package
	Label     string    // "image" or "template"
	Encrypted bool
	Consented bool // the data went through a point guarded by consent
	Guarded   bool // the sink call is guarded by consent
	Unbounded bool // a key-value write with no expiry
	DestOnly  bool // only the destination is new here (FR106)
	Path      []PathStep
	Insecure  []*Transport // plaintext transports the data is sent over
	Ignored   []string     // rules suppressed on the sink's line (in another package)
	// FaceAPI names the face API the data is sent to (a vendor, or a face
	// SDK call), or is "".
	FaceAPI string
	// Target is where the data goes when the code says it with constants:
	// the table, collection, bucket, key prefix or path of a store, or the
	// URL of a remote service; "" when it is not known.
	Target string
}

// KindExtract is the Flow kind of face data reaching a template extractor.
const KindExtract = "extract"

// KindFaceAPI is the kind of the events of face API uses: they say which
// inputs of a function go to a face API, and are no finding themselves.
const KindFaceAPI = "faceapi"

// Data describes the face data, e.g. "face image" or "encrypted face
// template (name-based)".
func (f *Flow) Data() string { return describeData(f.Label, f.Encrypted, f.Origin.NameBased) }

func describeData(lab string, encrypted, nameBased bool) string {
	var b strings.Builder
	if encrypted {
		b.WriteString("encrypted ")
	}
	b.WriteString("face " + lab)
	if nameBased {
		b.WriteString(" (name-based source)")
	}
	return b.String()
}

// Transport is a plaintext transport (http:// URL, insecure credentials...).
type Transport struct {
	Desc string
	Path []PathStep
}

// PathStep is one step from a source to a sink.
type PathStep struct {
	Pos  token.Pos // valid when the step is in a file of this run
	Posn string    // file:line:col
	Desc string
}

// CaptureSite is a capture call (or a call into a function that captures)
// that the package must guard.
type CaptureSite struct {
	Pos       token.Pos
	Desc      string // e.g. "gocv.VideoCapture.Read"
	Label     string
	NameBased bool
	Path      []PathStep // for calls into capturing functions: where the capture is
	// Guarded says a separate-consent (or guardian-consent) guard
	// dominates the capture.
	Guarded bool
	// IgnoredGuards are consent checks in the function whose result is
	// not used to decide anything.
	IgnoredGuards []token.Pos
	// Minor is set when the capture runs where the person is known to be
	// under 14.
	Minor *MinorCondition
	// GuardianGuarded says a guardian-consent guard dominates the capture.
	GuardianGuarded bool
	// Entry describes the entry point the capture runs in (the routes of
	// its handler, or the framework that calls it), when it is known.
	Entry string
	// ConsentCheck names what covers the capture when Guarded: a guard
	// call (at ConsentPos), the consent middleware of its route, or the
	// callers of its function. GuardianCheck (at GuardianPos) is the same
	// for GuardianGuarded.
	ConsentCheck  string
	ConsentPos    token.Pos
	GuardianCheck string
	GuardianPos   token.Pos
}

// Data describes the captured face data.
func (c *CaptureSite) Data() string { return describeData(c.Label, false, c.NameBased) }

// MinorCondition is a condition that says the person is under 14.
type MinorCondition struct {
	Pos  token.Pos
	Text string // e.g. "u.Age < 14"
}

// Verification is a face verification whose failing branch denies access.
type Verification struct {
	Pos      token.Pos
	Verifier string    // e.g. "rekognition.Client.CompareFaces"
	Deny     string    // what the failing branch does, e.g. "returns an error"
	DenyPos  token.Pos // where it does it
	// Alternative says a non-face verifier is reachable from the function,
	// its callers or the other handlers of its router.
	Alternative bool
}

// LabelName names the label of the data at its origin: "image",
// "template", or "candidate" for data that became face data by reaching a
// face API.
func (o Origin) LabelName() string { return label(o.Label).String() }
