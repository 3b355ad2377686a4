package main

import (
	"io"
	"net/http"
)

// archiveUpload takes a selfie after consent and archives it with
// archive (archive_log.go), which logs it: the finding is in
// archive_log.go and the first steps of its path are here, in another
// file.
func archiveUpload(w http.ResponseWriter, r *http.Request) {
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
	archive(b)
}
