// Command selfieservice is a small upload service that the golangci-lint
// check (scripts/golangci/build-and-check.sh) lints with facelint. A
// "// want RULE" comment marks each line where facelint must report RULE;
// nothing else may be reported.
package main

import (
	"log"
	"net/http"
)

// matchURL is the face matching service the handlers send selfies to.
const matchURL = "https://match.example.com/v1/match"

func main() {
	http.HandleFunc("/selfie", upload)
	http.HandleFunc("/v2/selfie", consentedUpload)
	http.HandleFunc("/debug/selfie", debugUpload)
	http.HandleFunc("/archive/selfie", archiveUpload)
	log.Fatal(http.ListenAndServe(":8080", nil))
}
