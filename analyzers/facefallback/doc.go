// Package facefallback defines the analyzer that reports face verification
// used as the only way to verify a person.
//
// # Analyzer facefallback
//
// facefallback: report face verification that is the only way through
//
// Rule FR301: a face verification (a modelled face API, or a function
// marked //facelint:verifier face) whose failing branch denies access
// (returns an error or false, responds 401/403, panics) while no
// alternative verifier (password, SMS/OTP, ID document, staff override;
// modelled or marked //facelint:verifier alternative) is reachable from the
// function, from its callers in the package, or from the other handlers of
// the router it is served by. A function that returns the verification's
// decision is itself a verifier: its callers are checked instead.
package facefallback
