// Package faceconsent defines the analyzer that reports face captures that
// no consent check protects.
//
// # Analyzer faceconsent
//
// faceconsent: report face captures with no separate or guardian consent check before them
//
// Rules:
//
//   - FR201: a capture (camera read, face SDK call, cloud face API,
//     uploaded face image) with no successful separate-consent check
//     dominating it: in the same function on the branch where the check
//     succeeded, in every caller, or in a consent middleware around the
//     HTTP handler.
//   - FR202: a capture on a branch where the person is known to be under 14
//     (an age or birth-date value compared with 14) with no guardian-consent
//     check dominating it.
//
// A capture inside an exported function of a library with no guard of its
// own is the callers' to guard: it is reported where they call it.
package faceconsent
