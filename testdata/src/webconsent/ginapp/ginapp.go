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
}
