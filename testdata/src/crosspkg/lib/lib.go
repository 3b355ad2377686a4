// Package lib is a library used by crosspkg/app. // want package:"analyzed"
package lib

import (
	"bytes"
	"log"
	"net/http"
	"os"

	"gocv.io/x/gocv"
)

// Grab captures a frame; its callers must guard it.
func Grab(cam *gocv.VideoCapture) []byte { // want Grab:`summary\{image\(gocv.VideoCapture.Read\)->result0 captures\(gocv.VideoCapture.Read\)\}`
	m := gocv.NewMat()
	cam.Read(&m)
	return m.ToBytes()
}

// Audit logs a record.
func Audit(b []byte) { // want Audit:`summary\{in0->log\(log.Printf\)\}`
	log.Printf("audit %x", b)
}

// Upload sends data to a URL.
func Upload(url string, b []byte) { // want Upload:`summary\{in1->network\(http.Post\)\}`
	http.Post(url, "application/octet-stream", bytes.NewReader(b))
}

// Save writes data to a file.
func Save(path string, b []byte) error { // want Save:`summary\{in1->storage\(os.WriteFile\)\}`
	return os.WriteFile(path, b, 0o600)
}

// Encode returns its input as a string.
func Encode(b []byte) string { // want Encode:`summary\{in0->result0\}`
	return string(b)
}

// Holder keeps a picture.
type Holder struct {
	Picture []byte // want Picture:`stores\{candidate\(parameter b of lib.Holder.Set\)\}`
}

// Set stores a picture in the holder.
func (h *Holder) Set(b []byte) { // want Set:`summary\{in1->\*in0\}`
	h.Picture = b
}

// ConsentGiven is the project's consent check.
//
//facelint:consent
func ConsentGiven(user string) bool { // want ConsentGiven:`summary\{guard\(consent\)\}`
	return user != ""
}

// Len is not interesting.
func Len(b []byte) int { return len(b) }

// RequireConsent is consent middleware written the net/http way: it calls
// the next handler only after the consent check.
func RequireConsent(next http.Handler) http.Handler { // want RequireConsent:`summary\{in0->result0 middleware\}`
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if !ConsentGiven(r.Header.Get("X-User")) {
			http.Error(w, "consent required", http.StatusForbidden)
			return
		}
		next.ServeHTTP(w, r)
	})
}

// LogRequests calls the next handler whatever happens: not consent
// middleware.
func LogRequests(next http.Handler) http.Handler { // want LogRequests:`summary\{in0->result0\}`
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		log.Println(r.URL.Path)
		next.ServeHTTP(w, r)
	})
}

// Middlewares holds the middleware of a service.
type Middlewares struct {
	Consent func(http.Handler) http.Handler // want Consent:"middleware"
	Logging func(http.Handler) http.Handler
}

// NewMiddlewares fills the service's middleware.
func NewMiddlewares() *Middlewares {
	return &Middlewares{Consent: RequireConsent, Logging: LogRequests}
}
