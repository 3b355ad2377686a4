// Package faceconfig defines the analyzer that loads facelint's rule set.
//
// # Analyzer faceconfig
//
// faceconfig: load facelint's rule set and API models
//
// The embedded default rules and models are extended by the project's
// .facelint.toml, found by walking up from the package directory to the
// module root, or named by the -config flag. Every other facelint analyzer
// requires this one, so the same flags configure facelint under go vet
// (-faceconfig.config=...), golangci-lint, nogo and the standalone driver.
// A broken configuration file is an error with file:line:col that fails the
// run.
package faceconfig
