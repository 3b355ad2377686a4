// Package swaggestapp serves use case interactors with swaggest/rest.
package swaggestapp

import (
	"context"
	"net/http"

	"github.com/Kagami/go-face"
	"github.com/swaggest/rest/nethttp"
	"github.com/swaggest/rest/web"
	"github.com/swaggest/usecase"
)

type enrolment struct {
	FaceImage []byte `json:"face_image"`
}

type enrolled struct {
	Count int `json:"count"`
}

//facelint:consent-middleware
func requireConsent(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.Header.Get("X-Face-Consent") != "yes" {
			http.Error(w, "consent required", http.StatusForbidden)
			return
		}
		next.ServeHTTP(w, r)
	})
}

func routes(rec *face.Recognizer) {
	s := web.DefaultService()
	s.Post("/open", usecase.NewInteractor(func(ctx context.Context, in enrolment, out *enrolled) error {
		faces, err := rec.Recognize(in.FaceImage) // want `\[FR201\] face image \(name-based source\) is captured by request field swaggestapp.enrolment.FaceImage`
		out.Count = len(faces)
		return err
	}))
	s.With(requireConsent).Method(http.MethodPost, "/enrol", nethttp.NewHandler(usecase.NewInteractor(
		func(ctx context.Context, in enrolment, out *enrolled) error {
			faces, err := rec.Recognize(in.FaceImage)
			out.Count = len(faces)
			return err
		})))
}
