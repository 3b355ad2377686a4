// Package middleware holds the middleware of a go-zero service, in the
// shape goctl generates: a type per middleware, whose Handle method is the
// rest.Middleware.
package middleware

import "net/http"

// ConsentMiddleware lets a request through only with the person's
// separate consent to face processing.
type ConsentMiddleware struct{}

// NewConsentMiddleware returns the consent middleware.
func NewConsentMiddleware() *ConsentMiddleware { return &ConsentMiddleware{} }

// Handle wraps next.
func (m *ConsentMiddleware) Handle(next http.HandlerFunc) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		if !faceConsentGiven(r) {
			http.Error(w, "face consent required", http.StatusForbidden)
			return
		}
		next(w, r)
	}
}

//facelint:consent
func faceConsentGiven(r *http.Request) bool { return r.Header.Get("X-Face-Consent") == "granted" }

// AuditMiddleware logs requests: not consent middleware.
type AuditMiddleware struct{}

// NewAuditMiddleware returns the audit middleware.
func NewAuditMiddleware() *AuditMiddleware { return &AuditMiddleware{} }

// Handle wraps next.
func (m *AuditMiddleware) Handle(next http.HandlerFunc) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		next(w, r)
	}
}
