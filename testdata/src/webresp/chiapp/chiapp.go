// Package chiapp returns face templates from chi handlers.
package chiapp

import (
	"encoding/json"
	"net/http"

	"github.com/Kagami/go-face"
	"github.com/go-chi/chi/v5"
)

type server struct{ rec *face.Recognizer }

func (s *server) faces(w http.ResponseWriter, r *http.Request) {
	f, _ := s.rec.RecognizeSingleFile("portrait.jpg")
	json.NewEncoder(w).Encode(f) // want `\[FR107\] face template from face.Recognizer.RecognizeSingleFile is returned to the client by json.Encoder.Encode to http.ResponseWriter`
}

func (s *server) routes(r chi.Router) {
	r.Post("/faces", s.faces)
}
