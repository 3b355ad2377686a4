// Command quiet logs selfies, as command logged does, for the test whose
// settings switch FR101 off. No diagnostics are expected.
package main

import (
	"io"
	"log"
	"net/http"
)

func main() {
	http.HandleFunc("/selfie", upload)
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
	log.Printf("selfie %x", b)
}
