package main

import "log"

// archive keeps a selfie in the log.
func archive(b []byte) {
	log.Printf("archived selfie %x", b) // want FR101
}
