// Package router wires the handlers of entrypoints/handlers: on a route,
// with or without consent middleware, and in a table of handlers.
package router

import (
	"net/http"

	"entrypoints/handlers"

	"github.com/gin-gonic/gin"
)

// Setup is a route-setup function: the routes it registers without consent
// middleware capture without consent.
func Setup(r *gin.Engine, h *handlers.Handler) {
	r.POST("/enrol", h.Enrol) // want `\[FR201\] face image \(name-based source\) is captured by request field handlers.enrolment.FaceImage`
	safe := r.Group("/safe", requireConsent())
	safe.POST("/enrol", h.Enrol)
}

// table wires a handler through a table: the method value is where.
func table(r *gin.Engine, h *handlers.Handler) {
	routes := map[string]gin.HandlerFunc{
		"/t": h.Enrol, // want `\[FR201\] face image \(name-based source\) is captured by request field handlers.enrolment.FaceImage`
	}
	for p, f := range routes {
		r.POST(p, f)
	}
}

//facelint:consent-middleware
func requireConsent() gin.HandlerFunc {
	return func(c *gin.Context) {
		if c.GetHeader("X-Face-Consent") != "yes" {
			c.AbortWithStatus(403)
		}
	}
}

// std wires a net/http handler of the other package: behind consent
// middleware that wraps it (what the wrapper is given is registered with
// it), and without.
func std(mux *http.ServeMux, h *handlers.Handler) {
	mux.Handle("/upload", consentWrap(http.HandlerFunc(h.Upload)))
	mux.HandleFunc("/open-upload", h.Upload) // want `\[FR201\] face image \(name-based source\) is captured by http.Request.FormFile\("face"\)`
}

//facelint:consent-middleware
func consentWrap(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.Header.Get("X-Face-Consent") != "yes" {
			http.Error(w, "consent required", http.StatusForbidden)
			return
		}
		next.ServeHTTP(w, r)
	})
}
