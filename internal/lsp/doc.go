// Package lsp is facelint's language server. gopls cannot load third-party
// analyzers (golang/go#59869), so editors run facelint next to gopls as a
// second Language Server Protocol server:
//
//	facelint lsp [flags]
//
// It speaks JSON-RPC 2.0 over stdin and stdout. When the editor opens a Go
// file, the server analyses the package in the file's directory (as saved
// on disk, with its tests); when the editor saves one, it analyses that
// package and the packages of the open documents, which may depend on it.
// It publishes the findings of every file of those packages as
// diagnostics: the rule ID as code, its documentation as code description,
// the rule's severity from the rule set in force, and the source-to-sink
// path as related information.
//
// Each analysis runs the server's own executable as go vet's tool on the
// packages of the module (go vet -vettool=facelint -json ./...). The go
// command keeps every package's facts and diagnostics in its build cache,
// so an analysis re-analyses only the packages whose files changed and
// those whose dependencies' facts changed, and takes the rest from the
// cache: go.mod, go.sum and edits to dependencies in the workspace are
// part of go vet's cache keys, and the configuration file is passed as a
// copy named by its content, so that editing it invalidates the cache too.
//
// Analyses run one batch at a time. A save during an analysis cancels it
// (the go command and its children are killed) and starts a new one;
// shutdown cancels the analysis under way. Packages that do not build, or
// files outside any module, are logged (the editor's Go support reports
// them already); a broken .facelint.toml is shown once.
package lsp
