// Package muxapp takes face uploads in gorilla/mux handlers.
package muxapp

import (
	"net/http"

	"github.com/gorilla/mux"
)

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

func selfieOpen(w http.ResponseWriter, r *http.Request) {
	r.FormFile("selfie") // want `\[FR201\] face image \(name-based source\) is captured by http.Request.FormFile\("selfie"\)`
}

func selfieSub(w http.ResponseWriter, r *http.Request) {
	r.FormFile("selfie")
}

func selfieInherited(w http.ResponseWriter, r *http.Request) {
	r.FormFile("selfie")
}

func routes() {
	r := mux.NewRouter()
	r.HandleFunc("/open", selfieOpen).Methods("POST")
	api := r.PathPrefix("/api").Subrouter()
	api.Use(requireConsent)
	api.HandleFunc("/selfie", selfieSub).Methods("POST")
	safe := mux.NewRouter()
	safe.Use(requireConsent)
	sub := safe.PathPrefix("/v2").Subrouter()
	sub.HandleFunc("/selfie", selfieInherited)
}
