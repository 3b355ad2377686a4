// Package facesinks defines the analyzer that reports face data reaching
// logs, networks, storage and responses.
//
// # Analyzer facesinks
//
// facesinks: report face data reaching logs, the network, storage and HTTP responses
//
// Rules:
//
//   - FR101: face data reaches a log sink.
//   - FR102: face data leaves the device (network or third-party face API)
//     with no separate-consent check on the path.
//   - FR103: face data is persisted without encryption.
//   - FR106: face data is sent over plaintext transport (http:// URL,
//     insecure gRPC credentials, InsecureSkipVerify).
//   - FR107: face data is returned to a client in an HTTP response.
//
// Flows are computed by the facetaint analyzer. A finding is reported at the
// sink call, or at the call into the function of another package that holds
// the sink, with the path from the source to the sink as related
// information.
package facesinks
