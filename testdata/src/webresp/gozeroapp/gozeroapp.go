// Package gozeroapp returns face templates in go-zero responses and logs
// them with logx.
package gozeroapp

import (
	"net/http"

	"github.com/Kagami/go-face"
	"github.com/zeromicro/go-zero/core/logx"
	"github.com/zeromicro/go-zero/rest/httpx"
)

type serviceContext struct{ Rec *face.Recognizer }

// FacesHandler returns the recognised faces.
func FacesHandler(svcCtx *serviceContext) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		f, err := svcCtx.Rec.RecognizeSingleFile("portrait.jpg")
		if err != nil {
			httpx.ErrorCtx(r.Context(), w, err)
			return
		}
		httpx.OkJsonCtx(r.Context(), w, f) // want `\[FR107\] face template from face.Recognizer.RecognizeSingleFile is returned to the client by httpx.OkJsonCtx`
	}
}

// LoggedHandler logs the recognised face.
func LoggedHandler(svcCtx *serviceContext) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		f, _ := svcCtx.Rec.RecognizeSingleFile("portrait.jpg")
		logx.Infow("recognized", logx.Field("face", f))              // want `\[FR101\] face template from face.Recognizer.RecognizeSingleFile is written to a log by logx.Infow`
		logx.WithContext(r.Context()).Infof("face %v", f.Descriptor) // want `\[FR101\] .* logx.Logger.Infof`
	}
}
