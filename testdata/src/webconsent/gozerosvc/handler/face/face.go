// Package face holds the handlers of a go-zero service's face group, as
// goctl generates them: each returns the http.HandlerFunc that binds the
// request. Where they are registered decides whether consent was checked.
package face

import (
	"net/http"

	"github.com/zeromicro/go-zero/rest/httpx"

	"webconsent/gozerosvc/svc"
)

type enrolReq struct {
	UserID    string `json:"user_id"`
	FaceImage string `json:"face_image"`
}

// EnrolHandler binds a face image.
func EnrolHandler(svcCtx *svc.ServiceContext) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		var req enrolReq
		if err := httpx.Parse(r, &req); err != nil {
			httpx.ErrorCtx(r.Context(), w, err)
			return
		}
		httpx.OkJsonCtx(r.Context(), w, map[string]string{"user_id": req.UserID})
	}
}

// SelfieHandler binds a face image.
func SelfieHandler(svcCtx *svc.ServiceContext) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		var req enrolReq
		if err := httpx.Parse(r, &req); err != nil {
			httpx.ErrorCtx(r.Context(), w, err)
			return
		}
	}
}

// KioskHandler binds a face image.
func KioskHandler(svcCtx *svc.ServiceContext) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		var req enrolReq
		_ = httpx.Parse(r, &req)
	}
}

// WrappedHandler binds a face image.
func WrappedHandler(svcCtx *svc.ServiceContext) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		var req enrolReq
		_ = httpx.Parse(r, &req)
	}
}

// AuditedHandler binds a face image.
func AuditedHandler(svcCtx *svc.ServiceContext) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		var req enrolReq
		_ = httpx.Parse(r, &req)
	}
}
