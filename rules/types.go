package rules

import (
	"fmt"
	"regexp"
	"strings"
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

// Module is a Go module at the version a model file describes: the
// functions, types and fields the file names in the module's packages are
// those of that version. facelint does not need it to analyse code; it
// says which release the models were written against, and
// scripts/modelcheck checks every name against that release's source.
type Module struct {
	Path    string `toml:"path"`    // module path, e.g. "github.com/gin-gonic/gin"
	Version string `toml:"version"` // canonical semantic version, e.g. "v1.12.0"

	Pos Position `toml:"-"`
}

// Covers reports whether the package with the given import path belongs to
// the module: the path is the module path or below it. (A nested module
// with a longer path owns its own packages; Owner picks the longest.)
func (m *Module) Covers(pkg string) bool {
	return pkg == m.Path || strings.HasPrefix(pkg, m.Path+"/")
}

// Owner returns the module of mods that a package belongs to (the one with
// the longest path that covers it), or nil.
func Owner(mods []*Module, pkg string) *Module {
	var best *Module
	for _, m := range mods {
		if m.Covers(pkg) && (best == nil || len(m.Path) > len(best.Path)) {
			best = m
		}
	}
	return best
}

// IsStd reports whether an import path names a standard library package:
// its first element has no dot (as the go command decides).
func IsStd(pkg string) bool {
	first, _, _ := strings.Cut(pkg, "/")
	return !strings.Contains(first, ".")
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
	Carriers    []*Carrier    `toml:"carrier"`
	FaceAPIs    []*FaceAPI    `toml:"faceapi"`
	Metadata    []*Metadata   `toml:"metadata"`
	Binds       []*Bind       `toml:"bind"`
	Reads       []*Read       `toml:"read"`
	Views       []*View       `toml:"view"`
	EntryPoints []*EntryPoint `toml:"entrypoint"`
	Forks       []*Fork       `toml:"fork"`
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
	// Capture marks a call to a face API (a cloud face API): what it is
	// sent is face data, and the call must be guarded by consent like a
	// capture (FR201).
	Capture bool `toml:"capture"`
	// Extract marks a face API that also computes and keeps a template of
	// the face it is sent (Rekognition IndexFaces): FR104.
	Extract bool `toml:"extract"`
	// Encoding says which parts of a struct the sink writes: "fmt" (every
	// field, nested pointers as addresses), "json" (exported fields, not
	// json:"-"), "db" (exported columns, not gorm:"-"); empty: everything
	// the value refers to.
	Encoding Encoding `toml:"encoding"`
	// EncryptedIf names option fields that, when the code sets them, make
	// the write encrypted (server-side encryption: "arg4.ServerSideEncryption").
	EncryptedIf []Role `toml:"encrypted_if"`
	// EncryptionOptions names functions whose result, given among the
	// call's arguments, makes the write encrypted (an option such as
	// oss.ServerSideEncryption("KMS")).
	EncryptionOptions []string `toml:"encryption_options"`

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
	// Encoding says which parts of a struct the call reads, as for sinks
	// (json.Marshal: "json").
	Encoding Encoding `toml:"encoding"`

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
	// Input names the face images or templates it compares: what a
	// capturing verifier is given is face data.
	Input []Role `toml:"input"`

	Pos Position `toml:"-"`
}

// Insecure marks plaintext transport: results of Funcs (insecure gRPC
// credentials...) and the literal true stored into Fields
// (tls.Config.InsecureSkipVerify...).
type Insecure struct {
	Funcs  []string `toml:"funcs"`
	Fields []string `toml:"fields"`
	What   string   `toml:"what"`
	// Unless names boolean fields of what Funcs return that make it secure
	// when the code sets them to true ("github.com/IBM/sarama.Config.Net.TLS.Enable":
	// the type, then the path of fields): a configuration that is
	// plaintext by default.
	Unless []string `toml:"unless"`
	// Values are the string values that make Fields insecure, compared
	// without case ("HTTP" for a scheme field); with none, a field is
	// insecure when set to true.
	Values []string `toml:"values"`

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
	// Subrouter marks a call whose Handlers are functions the router calls
	// with a sub-router (chi's Route and Group): the routes they register
	// on it inherit the receiver's middleware.
	Subrouter bool `toml:"subrouter"`

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
	Enabled  *bool  `toml:"enabled"`
	Names    string `toml:"names"`     // regexp matched against snake_case names
	Template string `toml:"templates"` // regexp: names of templates rather than images
	Exclude  string `toml:"exclude"`   // regexp: names that match Names but are not face data
	// Encoded is a regexp: a string input whose name matches Names is face
	// data only when its name also matches Encoded (it holds an encoded
	// image or template), so that a "face" search filter is not.
	Encoded string `toml:"encoded"`
	// Metadata is a regexp of the names of data about face data
	// (identifiers, keys, URLs, scores, boxes, counts...): such a field read
	// from face data is not face data.
	Metadata string        `toml:"metadata"`
	Tags     []string      `toml:"tags"` // struct tag keys whose names count (json, form...)
	Calls    []*UploadCall `toml:"call"`

	Pos Position `toml:"-"`
	// NamesRE, TemplateRE, ExcludeRE, EncodedRE and MetadataRE are the
	// compiled patterns.
	NamesRE, TemplateRE, ExcludeRE, EncodedRE, MetadataRE *regexp.Regexp `toml:"-"`
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

// Encoding says which parts of a struct value a sink or a propagator reads.
type Encoding string

// The encodings.
const (
	EncodingAll  Encoding = ""     // everything the value refers to
	EncodingFmt  Encoding = "fmt"  // fmt's %v: every field, nested pointers printed as addresses
	EncodingJSON Encoding = "json" // encoding/json: exported fields, not json:"-", pointers followed
	EncodingDB   Encoding = "db"   // ORMs: exported fields, not gorm:"-" or db:"-", pointers followed
)

// Carrier is an API whose results (or the loads of Fields) may carry a face
// image whose content is not known: an upload under any name, a download,
// a file. Such data becomes face data when it reaches a face API.
type Carrier struct {
	Funcs  []string `toml:"funcs"`
	Fields []string `toml:"fields"`
	Out    []Role   `toml:"out"` // default: result
	// Capture marks data collected from a person (an upload): once it is
	// known to be face data, the call is a capture (FR201/FR202).
	Capture bool   `toml:"capture"`
	What    string `toml:"what"`

	Pos Position `toml:"-"`
}

// FaceAPI describes the endpoints of a remote face API, recognised in the
// URLs of plain HTTP calls.
type FaceAPI struct {
	Vendor string   `toml:"vendor"`
	URLs   []string `toml:"urls"`  // "host" or "host/path/prefix", without scheme
	Paths  string   `toml:"paths"` // regexp matched against the path of any URL

	Pos Position `toml:"-"`
	// PathsRE is the compiled Paths.
	PathsRE *regexp.Regexp `toml:"-"`
}

// Metadata names data about face data: the results of Funcs (hashes,
// content types, type names) and the values of Fields (upload file names,
// vendor face IDs) are never face data.
type Metadata struct {
	Funcs  []string `toml:"funcs"`
	Fields []string `toml:"fields"`

	Pos Position `toml:"-"`
}

// Bind is a request-binding API: it fills the Out object with the request
// body, so the face fields of that object are captured at the call. With
// From, the call binds only what it reads from a request (an upload or a
// request body: json.NewDecoder(r.Body).Decode), and is otherwise left to
// its other models.
type Bind struct {
	Funcs []string `toml:"funcs"`
	Out   []Role   `toml:"out"`
	From  []Role   `toml:"from"`

	Pos Position `toml:"-"`
}

// Read is an API that reads back what a store holds into Out (a row, a
// document, a value, an object's body); Key names the key, path or object
// name of key-value stores, object stores and files.
type Read struct {
	Funcs []string `toml:"funcs"`
	Out   []Role   `toml:"out"`
	Key   Role     `toml:"key"`

	Pos Position `toml:"-"`
}

// View is an API whose result refers to the object Of refers to
// (reflect.ValueOf, reflect.Value.Elem): writes through it are writes to
// that object.
type View struct {
	Funcs []string `toml:"funcs"`
	Of    Role     `toml:"of"`

	Pos Position `toml:"-"`
}

// EntryPoint describes request handlers that frameworks call: functions
// given as Handler to Funcs, or methods of types that embed a type whose
// name matches one of Embeds (gRPC's Unimplemented...Server). Request names
// their parameters that hold the request, Response their parameters or
// results that go back to the client ("paramN", "resultN").
type EntryPoint struct {
	Funcs    []string `toml:"funcs"`
	Handler  Role     `toml:"handler"`
	Embeds   []string `toml:"embeds"`
	Request  []Port   `toml:"request"`
	Response []Port   `toml:"response"`

	Pos Position `toml:"-"`
}

// Fork says that a package named Package that declares every type of
// Types is a fork of the modelled package Of: the models of Of apply to it.
type Fork struct {
	Of      string   `toml:"of"`
	Package string   `toml:"package"`
	Types   []string `toml:"types"`

	Pos Position `toml:"-"`
}

// Analysis says which code is the user's own. The main module and the
// workspace modules always are; OwnModules names other modules (by module
// path, or a prefix ending in "/...") that are analysed as the user's code
// rather than as third-party code.
type Analysis struct {
	OwnModules []string `toml:"own-modules"`

	Pos Position `toml:"-"`
}
