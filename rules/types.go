package rules

import (
	"fmt"
	"regexp"
)

// Position is a place in a rule file.
type Position struct {
	File string
	Line int // 1-based; 0 means unknown
	Col  int // 1-based; 0 means unknown
}

// String formats the position as file:line:col.
func (p Position) String() string {
	switch {
	case p.Line == 0:
		return p.File
	case p.Col == 0:
		return fmt.Sprintf("%s:%d", p.File, p.Line)
	}
	return fmt.Sprintf("%s:%d:%d", p.File, p.Line, p.Col)
}

// Error is a problem in a rule file, with its position.
type Error struct {
	Pos Position
	Msg string
}

func (e *Error) Error() string { return e.Pos.String() + ": " + e.Msg }

// Severity says how serious a rule's findings are. The values are those of
// SARIF's result levels.
type Severity string

// The severities a rule can have.
const (
	SeverityError   Severity = "error"
	SeverityWarning Severity = "warning"
	SeverityNote    Severity = "note"
)

// AtLeast reports whether s is as serious as min or more: error is more
// serious than warning, warning than note.
func (s Severity) AtLeast(min Severity) bool { return s.rank() >= min.rank() }

func (s Severity) rank() int {
	switch s {
	case SeverityError:
		return 3
	case SeverityWarning:
		return 2
	case SeverityNote:
		return 1
	}
	return 0
}

// Article is a provision of a law or standard that rules cite.
type Article struct {
	ID     string `toml:"id"`     // reference used by rules, e.g. "measures-8"
	Law    string `toml:"law"`    // e.g. "人脸识别技术应用安全管理办法"
	Number string `toml:"number"` // e.g. "第八条"
	Cite   string `toml:"cite"`   // short form used in messages, e.g. "Art. 8 第八条"
	Text   string `toml:"zh"`     // Chinese text (or the part of it the rule relies on)
	Gist   string `toml:"en"`     // English gist
	// Status says how the text was checked: verbatim (word for word from
	// the published order), quoted (a sentence quoted by a secondary
	// source) or paraphrase (content from secondary sources).
	Status string `toml:"status"`
	Source string `toml:"source"` // where the article number and text come from
	URL    string `toml:"url"`    // where the text is published

	Pos Position `toml:"-"`
}

// Rule is one check of facelint. Rule IDs never change meaning.
type Rule struct {
	ID               string   `toml:"id"`
	Name             string   `toml:"name"`        // kebab-case short name
	Summary          string   `toml:"summary"`     // one line, no final period
	Description      string   `toml:"description"` // what triggers it (Markdown)
	Fix              string   `toml:"fix"`         // how to fix it (Markdown)
	Bad              string   `toml:"bad"`         // Go code that triggers the rule
	Good             string   `toml:"good"`        // the compliant version of Bad
	Severity         Severity `toml:"severity"`
	Enabled          bool     `toml:"enabled"`
	Articles         []string `toml:"articles"` // Article IDs
	Message          string   `toml:"message"`  // template; see MessageVars
	SecuritySeverity string   `toml:"security_severity"`
	Precision        string   `toml:"precision"` // very-high, high, medium or low
	CWE              []string `toml:"cwe"`
	Tags             []string `toml:"tags"`
	Docs             string   `toml:"docs"` // URL of the rule's documentation page

	Pos Position `toml:"-"`
}

// RuleOverride is what a project's configuration may change in a rule.
type RuleOverride struct {
	Severity Severity `toml:"severity"`
	Enabled  *bool    `toml:"enabled"`
}

// Models describes the APIs facelint knows: where face data comes from,
// where it must not go, and what guards, verifies, encrypts or transforms it.
type Models struct {
	Sources     []*Source     `toml:"source"`
	Sinks       []*Sink       `toml:"sink"`
	Propagators []*Propagator `toml:"propagator"`
	Extractors  []*Propagator `toml:"extractor"`
	Sanitizers  []*Propagator `toml:"sanitizer"`
	Guards      []*Guard      `toml:"guard"`
	Verifiers   []*Verifier   `toml:"verifier"`
	Insecure    []*Insecure   `toml:"insecure"`
	Expiries    []*Expiry     `toml:"expire"`
	Deniers     []*Denier     `toml:"deny"`
	Routes      []*Route      `toml:"route"`
	Wrappers    []*Wrapper    `toml:"wrapper"`
	FaceData    []*FaceData   `toml:"facedata"`
}

// Source is an API whose results (or out-parameters) carry face data.
type Source struct {
	Funcs   []string `toml:"funcs"`   // function names, see ParseFunc
	Label   Label    `toml:"label"`   // image or template
	Out     []Role   `toml:"out"`     // where the face data appears (default: result)
	Capture bool     `toml:"capture"` // the call collects face data from a person (FR201/FR202)
	What    string   `toml:"what"`    // optional description used in messages

	Pos Position `toml:"-"`
}

// Sink is an API that must not receive face data (or only under conditions).
type Sink struct {
	Funcs   []string `toml:"funcs"`
	Kind    SinkKind `toml:"kind"`
	Payload []Role   `toml:"payload"` // arguments whose content is written/sent
	Dest    []Role   `toml:"dest"`    // arguments that say where it goes (URL, connection, client)
	// TTL is the argument holding the expiry of a key-value write; a
	// constant zero means "never expires" (FR105).
	TTL Role `toml:"ttl"`
	// Unbounded marks a key-value write that has no expiry of its own
	// (HSet, LPush...): it needs an expire call on the same key (FR105).
	Unbounded bool `toml:"unbounded"`
	// Key is the argument holding the key of a key-value write.
	Key Role `toml:"key"`
	// Capture marks a call that also processes a person's face (a cloud
	// face API): it must be guarded by consent like a capture (FR201).
	Capture bool `toml:"capture"`

	Pos Position `toml:"-"`
}

// Propagator is an API that moves (extractor: transforms image into
// template; sanitizer: encrypts) face data from some arguments to others.
type Propagator struct {
	Funcs []string `toml:"funcs"`
	From  []Role   `toml:"from"`
	To    []Role   `toml:"to"`
	Kind  string   `toml:"kind"` // sanitizers only: "encrypt" or "decrypt"
	// Capture marks a call that processes a person's face (an extractor
	// such as go-face Recognize): it must be guarded by consent (FR201).
	Capture bool `toml:"capture"`

	Pos Position `toml:"-"`
}

// Guard is a consent check. A consent or guardian guard returns bool (true
// = consent given) or error (nil = consent given); a consent-middleware
// wraps an HTTP handler and enforces consent for it.
type Guard struct {
	Funcs []string  `toml:"funcs"`
	Kind  GuardKind `toml:"kind"`

	Pos Position `toml:"-"`
}

// Verifier decides whether a person is who they claim to be.
type Verifier struct {
	Funcs []string     `toml:"funcs"`
	Kind  VerifierKind `toml:"kind"`
	// Capture marks a face verifier that processes the person's face
	// itself: it must be guarded by consent (FR201).
	Capture bool `toml:"capture"`

	Pos Position `toml:"-"`
}

// Insecure marks plaintext transport: results of Funcs (insecure gRPC
// credentials...) and the literal true stored into Fields
// (tls.Config.InsecureSkipVerify...).
type Insecure struct {
	Funcs  []string `toml:"funcs"`
	Fields []string `toml:"fields"`
	What   string   `toml:"what"`

	Pos Position `toml:"-"`
}

// Expiry is an API that sets the expiry of a key (redis Expire...).
type Expiry struct {
	Funcs []string `toml:"funcs"`
	Key   Role     `toml:"key"`

	Pos Position `toml:"-"`
}

// Denier is an API that refuses a request: Status holds the HTTP status
// argument (only 401 and 403 count); with no Status, every call denies.
type Denier struct {
	Funcs  []string `toml:"funcs"`
	Status Role     `toml:"status"`

	Pos Position `toml:"-"`
}

// Route is an API that registers HTTP handlers (Handlers); with Use, the
// handlers are middleware for the routes registered later on the same
// receiver; with Group, the result is a router that inherits the
// receiver's middleware plus Handlers.
type Route struct {
	Funcs    []string `toml:"funcs"`
	Handlers []Role   `toml:"handlers"`
	Use      bool     `toml:"use"`
	Group    bool     `toml:"group"`

	Pos Position `toml:"-"`
}

// Wrapper is an API whose result is a writer that writes into another
// writer (json.NewEncoder, bufio.NewWriter, gzip.NewWriter...). Data written
// into the result reaches whatever sink the wrapped writer is.
type Wrapper struct {
	Funcs  []string `toml:"funcs"`
	Writer Role     `toml:"writer"`

	Pos Position `toml:"-"`
}

// FaceData declares types and struct fields whose values are face data.
type FaceData struct {
	Types  []string `toml:"types"`  // e.g. "example.com/x.Photo"
	Fields []string `toml:"fields"` // e.g. "example.com/x.User.Face"
	Label  Label    `toml:"label"`

	Pos Position `toml:"-"`
}

// Upload configures the name-based, lower-confidence sources: request
// inputs whose names say face (form files, form values, JSON fields...).
type Upload struct {
	Enabled  *bool         `toml:"enabled"`
	Names    string        `toml:"names"`     // regexp matched against snake_case names
	Template string        `toml:"templates"` // regexp: names of templates rather than images
	Exclude  string        `toml:"exclude"`   // regexp: names that match Names but are not face data
	Tags     []string      `toml:"tags"`      // struct tag keys whose names count (json, form...)
	Calls    []*UploadCall `toml:"call"`

	Pos Position `toml:"-"`
	// NamesRE, TemplateRE and ExcludeRE are the compiled patterns.
	NamesRE, TemplateRE, ExcludeRE *regexp.Regexp `toml:"-"`
}

// UploadCall is a request accessor whose Name argument is the input's name
// (r.FormFile("selfie"), c.PostForm("face")...).
type UploadCall struct {
	Funcs []string `toml:"funcs"`
	Name  Role     `toml:"name"`
	Out   []Role   `toml:"out"`

	Pos Position `toml:"-"`
}

// UploadEnabled reports whether name-based upload sources are on.
func (u *Upload) UploadEnabled() bool { return u != nil && (u.Enabled == nil || *u.Enabled) }
