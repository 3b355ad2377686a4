// Package gozeroapp binds face images in go-zero handlers, as goctl
// generates them: a function that returns the http.HandlerFunc.
package gozeroapp

import (
	"errors"
	"net/http"

	"github.com/zeromicro/go-zero/rest/httpx"
)

type enrolReq struct {
	FaceImage string `json:"face_image"`
	UserID    string `json:"user_id"`
}

type serviceContext struct{}

//facelint:consent
func hasConsent(r *http.Request) bool { return r.Header.Get("X-Face-Consent") == "yes" }

// EnrolHandler binds the face image with no consent check.
func EnrolHandler(svcCtx *serviceContext) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		var req enrolReq
		if err := httpx.Parse(r, &req); err != nil { // want `\[FR201\] face image \(name-based source\) is captured by request field gozeroapp.enrolReq.FaceImage bound by httpx.Parse`
			httpx.ErrorCtx(r.Context(), w, err)
			return
		}
	}
}

// ConsentedEnrolHandler checks consent before it binds.
func ConsentedEnrolHandler(svcCtx *serviceContext) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		if !hasConsent(r) {
			httpx.ErrorCtx(r.Context(), w, errors.New("consent required"))
			return
		}
		var req enrolReq
		if err := httpx.Parse(r, &req); err != nil {
			httpx.ErrorCtx(r.Context(), w, err)
			return
		}
	}
}
