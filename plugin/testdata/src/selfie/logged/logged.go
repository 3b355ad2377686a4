// Command logged is an upload service that logs selfies. Its handlers
// check consent, so only the facesinks analyzer (FR101) has findings here.
package main

import (
	"io"
	"log"
	"net/http"
)

func main() {
	http.HandleFunc("/selfie", upload)
	http.HandleFunc("/selfie/size", uploadSize)
	log.Fatal(http.ListenAndServe(":8080", nil))
}

//facelint:consent
func hasConsent(r *http.Request) bool { return r.Header.Get("X-Face-Consent") == "granted" }

func upload(w http.ResponseWriter, r *http.Request) {
	if !hasConsent(r) {
		http.Error(w, "face consent required", http.StatusForbidden)
		return
	}
	f, _, err := r.FormFile("selfie")
	if err != nil {
		http.Error(w, err.Error(), http.StatusBadRequest)
		return
	}
	defer f.Close()
	b, _ := io.ReadAll(f)
	log.Printf("selfie %x", b) // want `\[FR101\] face image \(name-based source\) from http.Request.FormFile\("selfie"\) is written to a log by log.Printf`
}

// Compliant: only the size is logged.
func uploadSize(w http.ResponseWriter, r *http.Request) {
	if !hasConsent(r) {
		http.Error(w, "face consent required", http.StatusForbidden)
		return
	}
	f, _, err := r.FormFile("selfie")
	if err != nil {
		http.Error(w, err.Error(), http.StatusBadRequest)
		return
	}
	defer f.Close()
	b, _ := io.ReadAll(f)
	log.Printf("selfie of %d bytes", len(b))
}
