// Command unconsented is an upload service that takes selfies without
// asking for consent (FR201, reported by the faceconsent analyzer).
package main

import (
	"bytes"
	"io"
	"log"
	"net/http"
)

func main() {
	http.HandleFunc("/selfie", upload)
	http.HandleFunc("/selfie/consented", consented)
	log.Fatal(http.ListenAndServe(":8080", nil))
}

//facelint:consent
func hasConsent(r *http.Request) bool { return r.Header.Get("X-Face-Consent") == "granted" }

var enrolled []byte

func upload(w http.ResponseWriter, r *http.Request) {
	f, _, err := r.FormFile("selfie") // want `\[FR201\] face image \(name-based source\) is captured by http.Request.FormFile\("selfie"\) with no separate-consent check before it`
	if err != nil {
		http.Error(w, err.Error(), http.StatusBadRequest)
		return
	}
	defer f.Close()
	reply(w, f)
}

// Compliant: the capture happens only once consent is given.
func consented(w http.ResponseWriter, r *http.Request) {
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
	reply(w, f)
}

func reply(w http.ResponseWriter, f io.Reader) {
	b, _ := io.ReadAll(f)
	if bytes.Equal(b, enrolled) {
		w.WriteHeader(http.StatusOK)
		return
	}
	w.WriteHeader(http.StatusUnauthorized)
}
