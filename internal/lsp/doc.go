// Package lsp is facelint's language server. gopls cannot load third-party
// analyzers (golang/go#59869), so editors run facelint next to gopls as a
// second Language Server Protocol server:
//
//	facelint lsp [flags]
//
// It speaks JSON-RPC 2.0 over stdin and stdout. When the editor opens or
// saves a Go file, the server analyses the package in the file's directory
// (as saved on disk, with its tests) and publishes the findings of every
// file of that package as diagnostics: the rule ID as code, its
// documentation as code description, the rule's severity from the rule set
// in force, and the source-to-sink path as related information. Edits are
// not analysed until they are saved. Analysis errors (a package that does
// not type-check, a broken .facelint.toml) are shown as error messages.
//
// Analyses run one at a time; saves that arrive while a package waits or
// is being analysed are coalesced into one more analysis.
package lsp
