// Package router wires the handlers of entrypoints/handlers: on a route,
// with or without consent middleware, and in a table of handlers.
package router

import (
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
