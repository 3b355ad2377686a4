// Package faceretention defines the analyzer that reports face data kept
// longer than its purpose needs.
//
// # Analyzer faceretention
//
// faceretention: report raw face images kept after extraction and face data stored without expiry
//
// Rules:
//
//   - FR104: the raw face image is persisted in a flow that also extracts a
//     template from it (encryption does not clear this rule).
//   - FR105: face data is written to a key-value store with no expiry (a
//     zero TTL, or a write with no TTL and no expire call on the same key).
package faceretention
