package main

//facelint:file-ignore FR101 trace output of the test environment, which uploads synthetic faces

import "log"

// traceUpload logs an upload for the test environment.
func traceUpload(b []byte) {
	log.Printf("trace %x", b)
}
