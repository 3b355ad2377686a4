// Package facetaint defines facelint's engine: the analyzer that follows
// face data through a package and summarises every function for its callers.
//
// # Analyzer facetaint
//
// facetaint: follow face data from capture calls to sinks
//
// facetaint builds on SSA. It tracks two labels of face data, image (pixels
// and encoded images, base64 included) and template (feature vectors,
// descriptors, face tokens), plus plaintext transports (http:// URLs,
// insecure gRPC credentials, InsecureSkipVerify). Sources are modelled API
// calls (camera reads, face SDKs, cloud face APIs), request inputs whose
// names say face, and what directives or the configuration declare.
//
// Taint moves through SSA values and phis, conversions, containers (an
// element taints its container), channels, closures, interfaces, struct
// fields, string and byte building, and calls. Calls use the API models of
// the rule set first, then function summaries (computed bottom-up over the
// package's call graph, to a fixed point over recursion, and exported as
// facts so that importing packages use them), and finally a conservative
// default: arguments flow to results, and no sink is invented.
//
// The analyzer also computes where consent guards, guardian-consent guards
// and consent middleware protect code, which branches are known to concern
// a person under 14, and which face verifications deny access with no
// alternative verifier. The rule analyzers (facesinks, faceretention,
// faceconsent, facefallback) turn its Result into diagnostics.
//
// Standard library packages are described by models and not analysed,
// unless the faceconfig -std flag is set: drivers such as Bazel's nogo do
// not analyse the standard library, and results must not depend on the
// driver.
package facetaint
