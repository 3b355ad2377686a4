package main

import (
	"bytes"
	"io"
	"log"
	"net/http"
)

// hasFaceConsent reports whether the user gave separate consent to face
// processing.
//
//facelint:consent
func hasFaceConsent(r *http.Request) bool {
	return r.Header.Get("X-Face-Consent") == "granted"
}

// consentedUpload takes the selfie only after consent, logs its size only
// and sends it over HTTPS.
func consentedUpload(w http.ResponseWriter, r *http.Request) {
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
	log.Printf("selfie of %d bytes", len(b))
	resp, err := http.Post(matchURL, "image/jpeg", bytes.NewReader(b))
	if err != nil {
		http.Error(w, err.Error(), http.StatusBadGateway)
		return
	}
	resp.Body.Close()
	w.WriteHeader(resp.StatusCode)
}
