package main

import (
	"bytes"
	"io"
	"log"
	"net/http"
)

// upload takes a selfie with no consent check, logs it and sends it to a
// matching service.
func upload(w http.ResponseWriter, r *http.Request) {
	f, _, err := r.FormFile("selfie") // want FR201
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
	log.Printf("selfie %x", b) // want FR101

	resp, err := http.Post(matchURL, "image/jpeg", bytes.NewReader(b)) // want FR102
	if err != nil {
		http.Error(w, err.Error(), http.StatusBadGateway)
		return
	}
	resp.Body.Close()
	w.WriteHeader(resp.StatusCode)
}
