// Package hertzapp binds face images in hertz handlers.
package hertzapp

import (
	"context"

	"github.com/cloudwego/hertz/pkg/app"
	"github.com/cloudwego/hertz/pkg/app/server"
)

type enrolment struct {
	FaceImage []byte `json:"face_image"`
	Name      string `json:"name"`
}

//facelint:consent-middleware
func requireConsent() app.HandlerFunc {
	return func(c context.Context, ctx *app.RequestContext) {
		if string(ctx.GetHeader("X-Face-Consent")) != "yes" {
			ctx.AbortWithStatus(403)
			return
		}
		ctx.Next(c)
	}
}

func enrolOpen(c context.Context, ctx *app.RequestContext) {
	var req enrolment
	ctx.BindAndValidate(&req) // want `\[FR201\] face image \(name-based source\) is captured by request field hertzapp.enrolment.FaceImage bound by app.RequestContext.BindAndValidate`
}

func enrolRoute(c context.Context, ctx *app.RequestContext) {
	var req enrolment
	ctx.BindJSON(&req)
}

func enrolGroup(c context.Context, ctx *app.RequestContext) {
	var req enrolment
	ctx.BindAndValidate(&req)
}

func selfieOpen(c context.Context, ctx *app.RequestContext) {
	ctx.FormFile("selfie") // want `\[FR201\] face image \(name-based source\) is captured by app.RequestContext.FormFile\("selfie"\)`
}

func enrolUse(c context.Context, ctx *app.RequestContext) {
	var req enrolment
	ctx.BindAndValidate(&req)
}

func routes() {
	h := server.Default()
	h.POST("/open", enrolOpen)
	h.POST("/selfie", selfieOpen)
	h.POST("/route", requireConsent(), enrolRoute)
	api := h.Group("/api", requireConsent())
	api.POST("/enrol", enrolGroup)
	// Use on the server guards every route registered on it.
	guarded := server.Default()
	guarded.Use(requireConsent())
	guarded.POST("/use", enrolUse)
}
