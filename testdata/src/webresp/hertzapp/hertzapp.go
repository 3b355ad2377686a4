// Package hertzapp returns face templates in hertz responses and logs them
// with hlog.
package hertzapp

import (
	"context"

	"github.com/Kagami/go-face"
	"github.com/cloudwego/hertz/pkg/app"
	"github.com/cloudwego/hertz/pkg/common/hlog"
)

type handler struct{ rec *face.Recognizer }

func (h *handler) faces(c context.Context, ctx *app.RequestContext) {
	f, _ := h.rec.RecognizeSingleFile("portrait.jpg")
	ctx.JSON(200, f) // want `\[FR107\] face template from face.Recognizer.RecognizeSingleFile is returned to the client by app.RequestContext.JSON`
}

func (h *handler) logged(c context.Context, ctx *app.RequestContext) {
	f, _ := h.rec.RecognizeSingleFile("portrait.jpg")
	hlog.CtxInfof(c, "face %v", f.Descriptor) // want `\[FR101\] face template from face.Recognizer.RecognizeSingleFile is written to a log by hlog.CtxInfof`
}
