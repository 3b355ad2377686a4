// Package inventory builds the face-data inventory of `facelint
// inventory`: where a program captures face data, where the data goes
// (stores, third parties and remote services, logs, responses), which face
// verifications it makes, and the open findings by article. It is the map
// that a personal-information protection impact assessment (Measures Art.
// 9) and a filing with the provincial CAC (Art. 15) start from.
//
// The inventory is built from what the linter computes: the engine's
// per-package results (facetaint.Result: flows, captures, verifications,
// routes) of the standalone driver's run, and the driver's findings. It
// lists every flow, also the guarded and encrypted ones that produce no
// finding: it is a map, not a list of problems.
package inventory

import (
	"fmt"

	"github.com/facelint/facelint/internal/posn"
)

// FormatVersion is the version of the JSON format (docs/inventory.schema.json).
const FormatVersion = 1

// Inventory is the face-data inventory of the analysed packages.
type Inventory struct {
	FormatVersion int      `json:"formatVersion"`
	Tool          Tool     `json:"tool"`
	Patterns      []string `json:"patterns"`
	// Packages are the packages analysed, by import path.
	Packages []string `json:"packages"`
	// NotAnalysed are the packages that did not load or type-check: the
	// inventory misses what they do.
	NotAnalysed []LoadError `json:"notAnalysed"`
	Summary     Summary     `json:"summary"`
	// Captures are the places face data enters the program: capture
	// points (camera, upload, request, face SDK, cloud face API) and the
	// other sources (data read back from a store, declared face data,
	// parameters of exported functions).
	Captures []*Capture `json:"captures"`
	// Processing are the template extractions between captures and
	// destinations.
	Processing []*Process `json:"processing"`
	// Destinations are the stores, third parties and remote services,
	// logs and responses that face data reaches.
	Destinations  []*Destination  `json:"destinations"`
	Verifications []*Verification `json:"verifications"`
	// Findings are the open findings of the linter, Articles the articles
	// they concern.
	Findings []*Finding `json:"findings"`
	Articles []*Article `json:"articles"`
}

// Tool names the program that made the inventory.
type Tool struct {
	Name    string `json:"name"`
	Version string `json:"version"`
}

// LoadError is a package that was not analysed.
type LoadError struct {
	Package  string    `json:"package"`
	Location *Location `json:"location,omitempty"`
	Message  string    `json:"message"`
}

// Summary counts what the inventory holds.
type Summary struct {
	CapturePoints       int `json:"capturePoints"`
	OtherSources        int `json:"otherSources"`
	CapturesNoConsent   int `json:"capturePointsWithoutConsent"`
	Stores              int `json:"stores"`
	UnencryptedStores   int `json:"unencryptedStores"`
	StoresWithoutExpiry int `json:"storesWithoutExpiry"`
	ThirdParties        int `json:"thirdParties"`
	PlaintextTransports int `json:"plaintextTransports"`
	Logs                int `json:"logs"`
	Responses           int `json:"responses"`
	Verifications       int `json:"verifications"`
	FaceOnly            int `json:"faceOnlyVerifications"`
	OpenFindings        int `json:"openFindings"`
}

// Location is a position in a source file, relative to the repository
// root (or to the directory facelint ran in outside a repository).
type Location struct {
	File   string `json:"file"`
	Line   int    `json:"line"`
	Column int    `json:"column"`
}

func (l *Location) String() string {
	if l == nil {
		return ""
	}
	if l.Column > 0 {
		return fmt.Sprintf("%s:%d:%d", l.File, l.Line, l.Column)
	}
	return fmt.Sprintf("%s:%d", l.File, l.Line)
}

// less orders locations by file, line and column; nil last.
func (l *Location) less(m *Location) bool {
	switch {
	case l == nil || m == nil:
		return l != nil && m == nil
	case l.File != m.File:
		return l.File < m.File
	case l.Line != m.Line:
		return l.Line < m.Line
	}
	return l.Column < m.Column
}

// Step is one step of a path from a source to a destination.
type Step struct {
	Location    *Location `json:"location,omitempty"`
	Description string    `json:"description"`
}

// Capture is a place face data enters the program.
type Capture struct {
	ID string `json:"id"` // "C1"
	// Kind says how the data enters: camera, upload, request, face SDK,
	// cloud face API, image file, read from a store, declared face data,
	// parameter, source.
	Kind string `json:"kind"`
	// Capture says the call collects face data from a person (Art. 6
	// consent applies); false for the other sources.
	Capture   bool   `json:"capture"`
	API       string `json:"api"`
	Label     string `json:"label"` // image or template
	NameBased bool   `json:"nameBased"`
	// FaceAPI is set for data that may hold a face image (an upload under
	// any name, a download, an image parameter) and is face data because
	// it reaches this face API.
	FaceAPI  string    `json:"faceAPI,omitempty"`
	Location *Location `json:"location,omitempty"`
	// Consent sums up the separate-consent checks of its uses: checked
	// (every use), partly, none, or callers (the analysed code leaves the
	// check to callers it does not contain).
	Consent string `json:"consent"`
	// GuardianConsent is checked, partly or none when a use runs where the
	// person is known to be under 14, and "n/a" otherwise.
	GuardianConsent string        `json:"guardianConsent"`
	Uses            []*CaptureUse `json:"uses"`
	// SameCall are the processing steps and destinations that are the
	// same call as the capture point: a face API call that captures the
	// face it is sent.
	SameCall []string `json:"sameCall"`
}

// CaptureUse is one way a capture point is reached: the entry point it
// runs in and the checks that cover it there.
type CaptureUse struct {
	Entry   string `json:"entry,omitempty"`   // the routes, or the entry point a framework calls
	Handler string `json:"handler,omitempty"` // the handler or function the capture runs in
	// CheckedAt is where the check is decided: the capture, the call into
	// the capturing function, or the route registration.
	CheckedAt       *Location `json:"checkedAt,omitempty"`
	Consent         bool      `json:"consent"`
	Minor           string    `json:"minor,omitempty"` // the condition that says the person is under 14
	GuardianConsent bool      `json:"guardianConsent"`
	// ConsentCheck and GuardianCheck are what covers the use when Consent
	// or GuardianConsent is set.
	ConsentCheck  *Check   `json:"consentCheck,omitempty"`
	GuardianCheck *Check   `json:"guardianCheck,omitempty"`
	Path          []Step   `json:"path"`
	Findings      []string `json:"findings"`
}

// Check is what covers a capture: a consent check call (with its
// location), the consent middleware of the handler's route, or the callers
// of the function the capture runs in.
type Check struct {
	By       string    `json:"by"`
	Location *Location `json:"location,omitempty"`
}

// String describes the check for a table cell.
func (c *Check) String() string {
	if c == nil {
		return ""
	}
	if c.Location == nil {
		return c.By
	}
	return c.By + " (" + c.Location.String() + ")"
}

// Process is a processing step between captures and destinations: a
// template extraction.
type Process struct {
	ID       string    `json:"id"` // "P1"
	Kind     string    `json:"kind"`
	API      string    `json:"api"`
	Location *Location `json:"location,omitempty"`
	Function string    `json:"function,omitempty"` // the function it runs in, when analysed
	// InVerifier says the function is a face verifier: the extraction is
	// part of a verification.
	InVerifier bool     `json:"inVerifier"`
	Sources    []string `json:"sources"` // capture IDs
}

// Destination is a place face data reaches.
type Destination struct {
	ID       string    `json:"id"`   // "S1", "T1", "L1", "R1"
	Kind     string    `json:"kind"` // storage, thirdparty, network, log, response
	API      string    `json:"api"`
	Location *Location `json:"location,omitempty"`
	// Store is the kind of store: database, key-value store, document
	// database, search index, object storage, file, store.
	Store string `json:"store,omitempty"`
	// Target is the table, collection, bucket, key prefix or path of a
	// store, or the URL of a remote service, when the code says it with
	// constants.
	Target string `json:"target,omitempty"`
	// Service is the kind of remote service (HTTP, gRPC, message broker,
	// WebSocket, cloud face API...).
	Service string `json:"service,omitempty"`
	Vendor  string `json:"vendor,omitempty"`
	Host    string `json:"host,omitempty"`
	// Transport is plaintext, TLS, or "no plaintext transport found".
	Transport string   `json:"transport,omitempty"`
	Plaintext []string `json:"plaintext,omitempty"` // the plaintext transports
	// Encryption is encrypted, not encrypted or partly encrypted (stores).
	Encryption string `json:"encryption,omitempty"`
	// Expiry is none (a key-value write that never expires), set (a
	// key-value write with a time to live) or not known (other stores:
	// the retention is not in the code).
	Expiry   string   `json:"expiry,omitempty"`
	Consent  string   `json:"consent"` // checked, partly or none: separate consent on the paths
	Labels   []string `json:"labels"`
	Flows    []*Flow  `json:"flows"`
	Findings []string `json:"findings"`
}

// Flow is the face data of one source reaching a destination.
type Flow struct {
	Source    string `json:"source"`        // capture ID
	Via       string `json:"via,omitempty"` // processing ID
	Label     string `json:"label"`
	Encrypted bool   `json:"encrypted"`
	Consent   bool   `json:"consent"`
	Path      []Step `json:"path"`
}

// Verification is a face verification.
type Verification struct {
	ID       string    `json:"id"` // "V1"
	Verifier string    `json:"verifier"`
	Location *Location `json:"location,omitempty"`
	Entry    string    `json:"entry,omitempty"`
	Handler  string    `json:"handler,omitempty"`
	// OnFailure is what the failing branch does to deny access, or ""
	// when it does not deny (it falls back to another way).
	OnFailure    string    `json:"onFailure,omitempty"`
	DenyLocation *Location `json:"denyLocation,omitempty"`
	Alternative  bool      `json:"alternative"` // a non-face verifier is reachable
	Findings     []string  `json:"findings"`
}

// Finding is an open finding of the linter.
type Finding struct {
	ID       string    `json:"id"` // "F1"
	Rule     string    `json:"rule"`
	Severity string    `json:"severity"`
	Location *Location `json:"location,omitempty"`
	Message  string    `json:"message"`
	Articles []string  `json:"articles"` // article IDs
	// Subject is the ID of the capture, destination or verification the
	// finding is about, or "".
	Subject string `json:"subject,omitempty"`
}

// Article is a provision the rules cite, with the open findings that
// concern it.
type Article struct {
	ID       string   `json:"id"` // "measures-8"
	Cite     string   `json:"cite"`
	Law      string   `json:"law"`
	Number   string   `json:"number"`
	Text     string   `json:"text,omitempty"` // Chinese text
	Gist     string   `json:"gist"`           // English gist
	Rules    []string `json:"rules"`          // the enabled rules that cite it
	Findings []string `json:"findings"`       // finding IDs
}

// parsePosn splits "file:line:col" (or "file:line"); ok says a line is
// there.
func parsePosn(p string) (file string, line, col int, ok bool) {
	file, line, col = posn.Split(p)
	return file, line, col, line > 0
}
