// Package kratosapp binds face images in kratos HTTP handlers.
package kratosapp

import (
	nethttp "net/http"

	"github.com/go-kratos/kratos/v2/transport/http"
)

type enrolment struct {
	FaceImage []byte `json:"face_image"`
	Name      string `json:"name"`
}

//facelint:consent-middleware
func requireConsent(next nethttp.Handler) nethttp.Handler {
	return nethttp.HandlerFunc(func(w nethttp.ResponseWriter, r *nethttp.Request) {
		if r.Header.Get("X-Face-Consent") != "yes" {
			nethttp.Error(w, "consent required", nethttp.StatusForbidden)
			return
		}
		next.ServeHTTP(w, r)
	})
}

func enrolOpen(ctx http.Context) error {
	var req enrolment
	return ctx.Bind(&req) // want `\[FR201\] face image \(name-based source\) is captured by request field kratosapp.enrolment.FaceImage bound by http.Context.Bind`
}

func enrolRoute(ctx http.Context) error {
	var req enrolment
	return ctx.Bind(&req)
}

func enrolGroup(ctx http.Context) error {
	var req enrolment
	return ctx.Bind(&req)
}

func enrolServer(ctx http.Context) error {
	var req enrolment
	return ctx.Bind(&req)
}

func routes() {
	srv := http.NewServer()
	r := srv.Route("/")
	r.POST("/open", enrolOpen)
	r.POST("/route", enrolRoute, requireConsent)
	g := r.Group("/api", requireConsent)
	g.POST("/enrol", enrolGroup)
	safe := srv.Route("/v2", requireConsent)
	safe.POST("/enrol", enrolServer)
}
