// Package gozeroapp binds face images in go-zero handlers, as goctl
// generates them: a function that returns the http.HandlerFunc.
package gozeroapp

import (
	"errors"
	"net/http"

	"github.com/zeromicro/go-zero/rest"
	"github.com/zeromicro/go-zero/rest/httpx"
)

type enrolReq struct {
	FaceImage string `json:"face_image"`
	UserID    string `json:"user_id"`
}

type serviceContext struct{}

//facelint:consent
func hasConsent(r *http.Request) bool { return r.Header.Get("X-Face-Consent") == "yes" }

// consentMiddleware is a rest.Middleware that calls the next handler only
// after consent: recognised as consent middleware without a directive.
func consentMiddleware(next http.HandlerFunc) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		if !hasConsent(r) {
			http.Error(w, "consent required", http.StatusForbidden)
			return
		}
		next(w, r)
	}
}

// logMiddleware calls the next handler whatever happens: not consent
// middleware.
func logMiddleware(next http.HandlerFunc) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		next(w, r)
	}
}

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

// GuardedEnrolHandler binds the face image; its route has consent
// middleware.
func GuardedEnrolHandler(svcCtx *serviceContext) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		var req enrolReq
		if err := httpx.Parse(r, &req); err != nil {
			httpx.ErrorCtx(r.Context(), w, err)
			return
		}
	}
}

// LoggedEnrolHandler binds the face image; its route has middleware that
// does not check consent.
func LoggedEnrolHandler(svcCtx *serviceContext) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		var req enrolReq
		if err := httpx.Parse(r, &req); err != nil { // want `\[FR201\]`
			httpx.ErrorCtx(r.Context(), w, err)
			return
		}
	}
}

// UnregisteredEnrolHandler is not registered in this package: the package
// that registers the handler it makes checks its capture.
func UnregisteredEnrolHandler(svcCtx *serviceContext) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		var req enrolReq
		_ = httpx.Parse(r, &req)
	}
}

// RegisterHandlers registers the handlers the way goctl generates
// routes.go.
func RegisterHandlers(server *rest.Server, serverCtx *serviceContext) {
	server.AddRoutes(
		[]rest.Route{
			{Method: http.MethodPost, Path: "/enrol", Handler: EnrolHandler(serverCtx)},
			{Method: http.MethodPost, Path: "/consented", Handler: ConsentedEnrolHandler(serverCtx)},
		},
		rest.WithPrefix("/api"),
	)
	server.AddRoutes(
		rest.WithMiddlewares(
			[]rest.Middleware{consentMiddleware},
			[]rest.Route{{Method: http.MethodPost, Path: "/guarded", Handler: GuardedEnrolHandler(serverCtx)}}...,
		),
	)
	server.AddRoutes(
		rest.WithMiddlewares(
			[]rest.Middleware{logMiddleware},
			[]rest.Route{{Method: http.MethodPost, Path: "/logged", Handler: LoggedEnrolHandler(serverCtx)}}...,
		),
	)
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
