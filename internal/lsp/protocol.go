package lsp

// The subset of the Language Server Protocol 3.17 types that the server
// uses. Positions count UTF-16 code units, the protocol's default encoding.

// Position is a zero-based line and character offset in a document.
type Position struct {
	Line      uint32 `json:"line"`
	Character uint32 `json:"character"`
}

// Range is the span between two positions; End is exclusive.
type Range struct {
	Start Position `json:"start"`
	End   Position `json:"end"`
}

// Location is a range in a document.
type Location struct {
	URI   string `json:"uri"`
	Range Range  `json:"range"`
}

// DiagnosticSeverity says how a client should present a diagnostic.
type DiagnosticSeverity int

// The severities facelint's rule severities map to.
const (
	SeverityError       DiagnosticSeverity = 1
	SeverityWarning     DiagnosticSeverity = 2
	SeverityInformation DiagnosticSeverity = 3
)

// CodeDescription links a diagnostic code to its documentation.
type CodeDescription struct {
	Href string `json:"href"`
}

// DiagnosticRelatedInformation is a place related to a diagnostic: here,
// one step of the path from a source of face data to a sink.
type DiagnosticRelatedInformation struct {
	Location Location `json:"location"`
	Message  string   `json:"message"`
}

// Diagnostic is one finding in a document.
type Diagnostic struct {
	Range              Range                          `json:"range"`
	Severity           DiagnosticSeverity             `json:"severity,omitempty"`
	Code               string                         `json:"code,omitempty"`
	CodeDescription    *CodeDescription               `json:"codeDescription,omitempty"`
	Source             string                         `json:"source,omitempty"`
	Message            string                         `json:"message"`
	RelatedInformation []DiagnosticRelatedInformation `json:"relatedInformation,omitempty"`
}

// PublishDiagnosticsParams replaces the diagnostics of a document.
type PublishDiagnosticsParams struct {
	URI         string       `json:"uri"`
	Diagnostics []Diagnostic `json:"diagnostics"`
}

// MessageType is the kind of a window/showMessage or window/logMessage.
type MessageType int

// The message types the server sends.
const (
	MessageError MessageType = 1
	MessageLog   MessageType = 4
)

// MessageParams are the parameters of window/showMessage and
// window/logMessage.
type MessageParams struct {
	Type    MessageType `json:"type"`
	Message string      `json:"message"`
}

// TextDocumentIdentifier names a document.
type TextDocumentIdentifier struct {
	URI string `json:"uri"`
}

// DocumentParams holds the part of the parameters of textDocument/didOpen,
// didSave and didClose that the server reads.
type DocumentParams struct {
	TextDocument TextDocumentIdentifier `json:"textDocument"`
}

// TextDocumentSyncKind says how a client sends document changes.
type TextDocumentSyncKind int

// SyncNone asks the client not to send textDocument/didChange: the server
// analyses files as saved.
const SyncNone TextDocumentSyncKind = 0

// SaveOptions configure textDocument/didSave.
type SaveOptions struct {
	IncludeText bool `json:"includeText"`
}

// TextDocumentSyncOptions say which document notifications the server
// wants.
type TextDocumentSyncOptions struct {
	OpenClose bool                 `json:"openClose"`
	Change    TextDocumentSyncKind `json:"change"`
	Save      *SaveOptions         `json:"save,omitempty"`
}

// ServerCapabilities are the features the server provides.
type ServerCapabilities struct {
	TextDocumentSync TextDocumentSyncOptions `json:"textDocumentSync"`
}

// ServerInfo names the server.
type ServerInfo struct {
	Name string `json:"name"`
}

// InitializeResult is the result of the initialize request.
type InitializeResult struct {
	Capabilities ServerCapabilities `json:"capabilities"`
	ServerInfo   ServerInfo         `json:"serverInfo"`
}

// FileEvent is a change of a watched file.
type FileEvent struct {
	URI  string `json:"uri"`
	Type int    `json:"type"` // 1 created, 2 changed, 3 deleted
}

// DidChangeWatchedFilesParams are the parameters of
// workspace/didChangeWatchedFiles.
type DidChangeWatchedFilesParams struct {
	Changes []FileEvent `json:"changes"`
}

// FileSystemWatcher asks the client to watch the files a glob pattern
// matches.
type FileSystemWatcher struct {
	GlobPattern string `json:"globPattern"`
}

// DidChangeWatchedFilesRegistrationOptions are the watchers the server
// registers.
type DidChangeWatchedFilesRegistrationOptions struct {
	Watchers []FileSystemWatcher `json:"watchers"`
}

// Registration registers a capability dynamically.
type Registration struct {
	ID              string `json:"id"`
	Method          string `json:"method"`
	RegisterOptions any    `json:"registerOptions,omitempty"`
}

// RegistrationParams are the parameters of client/registerCapability.
type RegistrationParams struct {
	Registrations []Registration `json:"registrations"`
}
