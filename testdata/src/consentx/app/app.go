// Package app captures through consentx/lib, and serves gin handlers
// behind consent middleware.
package app

import (
	"context"
	"net/http"

	"consentx/lib"

	"github.com/gin-gonic/gin"
	"gocv.io/x/gocv"
)

func unguarded(cam *gocv.VideoCapture) {
	lib.Snapshot(cam) // want `\[FR201\] face image is captured by gocv.VideoCapture.Read with no separate-consent check`
}

func guarded(ctx context.Context, cam *gocv.VideoCapture, user string) {
	if !lib.HasConsent(ctx, user) {
		return
	}
	lib.Snapshot(cam)
}

func guardedByWrapper(ctx context.Context, cam *gocv.VideoCapture, user string) {
	if lib.Checked(ctx, user) {
		lib.Snapshot(cam)
	}
}

func selfGuarded(ctx context.Context, cam *gocv.VideoCapture, user string) {
	lib.GuardedSnapshot(ctx, cam, user)
}

func inGoroutine(ctx context.Context, cam *gocv.VideoCapture, user string) {
	if !lib.HasConsent(ctx, user) {
		return
	}
	done := make(chan []byte)
	go func() { done <- lib.Snapshot(cam) }()
	<-done
}

func goroutineUnguarded(cam *gocv.VideoCapture) {
	go func() {
		lib.Snapshot(cam) // want `\[FR201\]`
	}()
}

// requireConsent is a gin middleware that aborts without consent.
//
//facelint:consent-middleware
func requireConsent() gin.HandlerFunc {
	return func(c *gin.Context) {
		if !lib.HasConsent(c, c.Query("user")) {
			c.AbortWithStatus(http.StatusForbidden)
			return
		}
		c.Next()
	}
}

func enroll(c *gin.Context) {
	c.FormFile("selfie")
}

func enrollOpen(c *gin.Context) {
	c.FormFile("selfie") // want `\[FR201\] face image \(name-based source\) is captured by gin.Context.FormFile\("selfie"\)`
}

func upload(c *gin.Context) {
	c.FormFile("face_image")
}

func portrait(c *gin.Context) {
	c.FormFile("portrait")
}

func routes() {
	r := gin.Default()
	r.POST("/enroll", requireConsent(), enroll)
	r.POST("/open", enrollOpen)
	api := r.Group("/api", requireConsent())
	api.POST("/upload", upload)
	v2 := gin.New()
	v2.Use(requireConsent())
	v2.POST("/portrait", portrait)
}
