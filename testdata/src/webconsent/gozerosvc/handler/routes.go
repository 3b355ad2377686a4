// Package handler registers a go-zero service's routes, as goctl generates
// routes.go: the middleware of each group is a field of the service
// context.
package handler

import (
	"net/http"

	"github.com/zeromicro/go-zero/rest"

	"webconsent/gozerosvc/handler/face"
	"webconsent/gozerosvc/svc"
)

// RegisterHandlers registers the routes of the service.
func RegisterHandlers(server *rest.Server, serverCtx *svc.ServiceContext) {
	server.AddRoutes(
		rest.WithMiddlewares(
			[]rest.Middleware{serverCtx.Audit, serverCtx.FaceConsent},
			[]rest.Route{
				{
					Method:  http.MethodPost,
					Path:    "/face/enrol",
					Handler: face.EnrolHandler(serverCtx),
				},
			}...,
		),
		rest.WithPrefix("/api/v1"),
	)

	server.AddRoutes(
		rest.WithMiddlewares(
			[]rest.Middleware{serverCtx.Audit},
			[]rest.Route{
				{
					Method:  http.MethodPost,
					Path:    "/face/selfie",
					Handler: face.SelfieHandler(serverCtx), // want `\[FR201\] face image \(name-based source\) is captured by request field face.enrolReq.FaceImage bound by httpx.Parse`
				},
			}...,
		),
	)
}

// RegisterKiosk registers a server whose every route has the consent
// middleware.
func RegisterKiosk(server *rest.Server, serverCtx *svc.ServiceContext) {
	server.Use(serverCtx.FaceConsent)
	server.AddRoute(rest.Route{Method: http.MethodPost, Path: "/kiosk", Handler: face.KioskHandler(serverCtx)})
}

// RegisterWrapped wraps handlers by calling the middleware held in the
// service context.
func RegisterWrapped(server *rest.Server, serverCtx *svc.ServiceContext) {
	server.AddRoutes([]rest.Route{
		{Method: http.MethodPost, Path: "/wrapped", Handler: serverCtx.FaceConsent(face.WrappedHandler(serverCtx))},
		{Method: http.MethodPost, Path: "/audited", Handler: serverCtx.Audit(face.AuditedHandler(serverCtx))}, // want `\[FR201\]`
	})
}
