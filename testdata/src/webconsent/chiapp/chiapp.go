// Package chiapp decodes face images in chi handlers.
package chiapp

import (
	"encoding/json"
	"net/http"

	"github.com/go-chi/chi/v5"
)

type enrolment struct {
	FaceImage []byte `json:"face_image"`
	Name      string `json:"name"`
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

func enrolOpen(w http.ResponseWriter, r *http.Request) {
	var req enrolment
	json.NewDecoder(r.Body).Decode(&req) // want `\[FR201\] face image \(name-based source\) is captured by request field chiapp.enrolment.FaceImage bound by json.Decoder.Decode`
}

func enrolWith(w http.ResponseWriter, r *http.Request) {
	var req enrolment
	json.NewDecoder(r.Body).Decode(&req)
}

func enrolUse(w http.ResponseWriter, r *http.Request) {
	var req enrolment
	json.NewDecoder(r.Body).Decode(&req)
}

func enrolGroup(w http.ResponseWriter, r *http.Request) {
	var req enrolment
	json.NewDecoder(r.Body).Decode(&req)
}

func enrolRouteOpen(w http.ResponseWriter, r *http.Request) {
	var req enrolment
	json.NewDecoder(r.Body).Decode(&req) // want `\[FR201\]`
}

func enrolInherited(w http.ResponseWriter, r *http.Request) {
	var req enrolment
	json.NewDecoder(r.Body).Decode(&req)
}

func enrolNested(w http.ResponseWriter, r *http.Request) {
	var req enrolment
	json.NewDecoder(r.Body).Decode(&req)
}

func routes() {
	r := chi.NewRouter()
	r.Post("/open", enrolOpen)
	r.With(requireConsent).Post("/with", enrolWith)
	r.Group(func(r chi.Router) {
		r.Use(requireConsent)
		r.Post("/group", enrolGroup)
	})
	safe := chi.NewRouter()
	safe.Use(requireConsent)
	safe.Post("/use", enrolUse)
	// Sub-routers inherit the middleware of the router they are made from.
	safe.Route("/v1", func(r chi.Router) {
		r.Post("/enrol", enrolInherited)
		r.Group(func(r chi.Router) {
			r.Post("/nested", enrolNested)
		})
	})
	r.Route("/open", func(r chi.Router) {
		r.Post("/enrol", enrolRouteOpen)
	})
}
