// Package rules holds facelint's rule set and API models and loads them.
//
// The default rule set (rules.toml) and the API models (models/*.toml) are
// embedded in the binary, so facelint works with no configuration file. A
// project's .facelint.toml extends and overrides them: it can add models
// (sources, sinks, guards, verifiers, sanitizers...), disable rules, change
// severities and change the name patterns of upload sources. A file may pin
// the module versions its models describe ([[module]] path and version);
// scripts/modelcheck checks every modelled name against those versions.
//
// Everything is validated when it is loaded: TOML syntax, unknown keys,
// unknown rule IDs, unknown kinds and roles, malformed function names, bad
// regular expressions, unknown article references, unknown message
// placeholders, malformed module pins and duplicates are all errors that
// carry file:line:col.
package rules
