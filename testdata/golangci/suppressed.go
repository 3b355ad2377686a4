package main

import (
	"io"
	"log"
	"net/http"
)

// debugUpload logs selfies of the test environment, with facelint's
// findings suppressed: every suppression here is used, so none may be
// reported as FR902. A trailing ignore covers its own line only.
func debugUpload(w http.ResponseWriter, r *http.Request) {
	if !hasFaceConsent(r) {
		http.Error(w, "separate consent to face processing is required", http.StatusForbidden)
		return
	}
	f, _, err := r.FormFile("selfie")
	if err != nil {
		http.Error(w, err.Error(), http.StatusBadRequest)
		return
	}
	defer f.Close()
	b, err := io.ReadAll(f)
	if err != nil {
		http.Error(w, err.Error(), http.StatusBadRequest)
		return
	}
	log.Printf("selfie %x", b) //facelint:ignore FR101 the test environment uploads synthetic faces
	//facelint:ignore FR101 the test environment uploads synthetic faces
	log.Printf("selfie %x", b)
	log.Printf("selfie %x", b) //facelint:ignore FR101 the test environment uploads synthetic faces
	log.Printf("selfie %x", b) // want FR101
	traceUpload(b)
}
