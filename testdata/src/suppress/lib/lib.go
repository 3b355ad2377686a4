// Package lib has a sink whose findings are suppressed where the sink is.
package lib

import "log"

// Trace logs a digest of its input.
func Trace(b []byte) {
	log.Printf("%x", b) //facelint:ignore FR101 callers pass HMAC digests, not face data
}
