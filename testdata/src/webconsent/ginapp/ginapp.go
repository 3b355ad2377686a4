// Package ginapp binds face images in gin handlers with the binders added
// in gin 1.10 and later.
package ginapp

import (
	"net/http"

	"github.com/gin-gonic/gin"
)

type enrolment struct {
	FaceImage []byte `json:"face_image"`
}

//facelint:consent-middleware
func requireConsent() gin.HandlerFunc {
	return func(c *gin.Context) {
		if c.GetHeader("X-Face-Consent") != "yes" {
			c.AbortWithStatus(http.StatusForbidden)
		}
	}
}

//facelint:consent
func faceConsentGiven(c *gin.Context) bool { return c.GetHeader("X-Face-Consent") == "yes" }

// consentGate is consent middleware without a directive: it aborts with
// 403 without consent and calls Next only after it.
func consentGate() gin.HandlerFunc {
	return func(c *gin.Context) {
		if !faceConsentGiven(c) {
			c.AbortWithStatus(http.StatusForbidden)
			return
		}
		c.Next()
	}
}

// leakyGate calls Next only after consent, but does not abort without it:
// gin then runs the next handler all the same.
func leakyGate(c *gin.Context) {
	if faceConsentGiven(c) {
		c.Next()
	}
}

func enrolGated(c *gin.Context) {
	var req enrolment
	c.ShouldBindBodyWithJSON(&req)
}

func enrolLeaky(c *gin.Context) {
	var req enrolment
	c.ShouldBindBodyWithJSON(&req) // want `\[FR201\]`
}

func enrolOpen(c *gin.Context) {
	var req enrolment
	c.ShouldBindBodyWithJSON(&req) // want `\[FR201\] face image \(name-based source\) is captured by request field ginapp.enrolment.FaceImage bound by gin.Context.ShouldBindBodyWithJSON`
}

func enrolGroup(c *gin.Context) {
	var req enrolment
	c.ShouldBindBodyWithJSON(&req)
}

func routes() {
	r := gin.New()
	r.POST("/open", enrolOpen)
	api := r.Group("/api", requireConsent())
	api.POST("/enrol", enrolGroup)
	gated := r.Group("/gated", consentGate())
	gated.POST("/enrol", enrolGated)
	leaky := gin.New()
	leaky.Use(leakyGate)
	leaky.POST("/enrol", enrolLeaky)
}
