// Package facedirectives defines the analyzer that checks facelint's own
// directives.
//
// # Analyzer facedirectives
//
// facedirectives: report malformed facelint directives, suppressions that suppress nothing, and engine failures
//
// Rules:
//
//   - FR900: facelint failed on a function (an internal error; the rest of
//     the package is still analysed).
//   - FR901: a //facelint: directive is malformed (an ignore without a
//     reason, an unknown kind or rule ID, a directive in the wrong place).
//   - FR902: a //facelint:ignore or //facelint:file-ignore directive
//     suppresses nothing (directives whose rules are all switched off are
//     not reported).
//
// It runs after the rule analyzers, so that it knows which suppressions
// were used.
package facedirectives
