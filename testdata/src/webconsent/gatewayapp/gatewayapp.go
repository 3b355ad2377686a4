// Package gatewayapp adds custom routes to a grpc-gateway mux.
package gatewayapp

import (
	"encoding/json"
	"net/http"

	"github.com/grpc-ecosystem/grpc-gateway/v2/runtime"
)

type enrolment struct {
	FaceImage []byte `json:"face_image"`
}

// requireConsent is a grpc-gateway middleware.
//
//facelint:consent-middleware
func requireConsent(next runtime.HandlerFunc) runtime.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request, params map[string]string) {
		if r.Header.Get("X-Face-Consent") != "yes" {
			http.Error(w, "consent required", http.StatusForbidden)
			return
		}
		next(w, r, params)
	}
}

func enrolOpen(w http.ResponseWriter, r *http.Request, params map[string]string) {
	var req enrolment
	json.NewDecoder(r.Body).Decode(&req) // want `\[FR201\] face image \(name-based source\) is captured by request field gatewayapp.enrolment.FaceImage bound by json.Decoder.Decode`
}

func enrolWrapped(w http.ResponseWriter, r *http.Request, params map[string]string) {
	var req enrolment
	json.NewDecoder(r.Body).Decode(&req)
}

func routes() {
	mux := runtime.NewServeMux()
	mux.HandlePath("POST", "/v1/enrol/open", enrolOpen)
	mux.HandlePath("POST", "/v1/enrol", requireConsent(enrolWrapped))
}
