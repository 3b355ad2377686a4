// Package app calls vendorlib: a call that sends a photo to a face API is
// a capture (FR201) here, reported once; the send itself was reported in
// vendorlib, and is not reported again here.
package app

import (
	"net/http"
	"os"

	"faceapi/vendorlib"
)

func search(path string) {
	img, _ := os.ReadFile(path)
	vendorlib.Search(img, "staff") // want `\[FR201\] face image is captured by http.PostForm to Baidu AI Cloud face recognition`
}

func detect() {
	vendorlib.Detect("/detection/detect", "https://news.example.com/p.jpg") // want `\[FR201\] face image is captured by vendorlib.get .*Face\+\+`
}

func match(s *vendorlib.Service, r *http.Request) {
	f, _, _ := r.FormFile("file") // want `\[FR201\] face image is captured by http.Request.FormFile\("file"\)`
	buf := make([]byte, 1024)
	f.Read(buf)
	s.Match(buf)
	s.Random(3)
	s.Status([]byte("ok"))
}

// consented checks consent before the capture.
func consented(s *vendorlib.Service, r *http.Request) {
	if !hasConsent(r) {
		return
	}
	f, _, _ := r.FormFile("file")
	buf := make([]byte, 1024)
	f.Read(buf)
	s.Match(buf)
}

//facelint:consent
func hasConsent(r *http.Request) bool { return r.FormValue("consent") == "yes" }
