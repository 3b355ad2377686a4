// Package kratosapp returns face templates in kratos responses and logs
// them with the kratos log helper.
package kratosapp

import (
	"github.com/Kagami/go-face"
	"github.com/go-kratos/kratos/v2/log"
	"github.com/go-kratos/kratos/v2/transport/http"
)

type handler struct {
	rec *face.Recognizer
	log *log.Helper
}

func (h *handler) faces(ctx http.Context) error {
	f, err := h.rec.RecognizeSingleFile("portrait.jpg")
	if err != nil {
		return err
	}
	return ctx.JSON(200, f) // want `\[FR107\] face template from face.Recognizer.RecognizeSingleFile is returned to the client by http.Context.JSON`
}

func (h *handler) logged(ctx http.Context) error {
	f, err := h.rec.RecognizeSingleFile("portrait.jpg")
	if err != nil {
		return err
	}
	h.log.Infow("face", f.Descriptor) // want `\[FR101\] face template from face.Recognizer.RecognizeSingleFile is written to a log by log.Helper.Infow`
	return nil
}
