// Package handlers implements the service's HTTP handlers.
package handlers

import (
	"context"
	"database/sql"
	"encoding/json"
	"io"
	"log"
	"net/http"
	"strconv"

	face "github.com/Kagami/go-face"
	"github.com/redis/go-redis/v9"
	"gocv.io/x/gocv"

	"example.com/faceservice/internal/auth"
	"example.com/faceservice/internal/camera"
	"example.com/faceservice/internal/cloud"
	"example.com/faceservice/internal/store"
)

// Server holds the service's dependencies.
type Server struct {
	Recognizer *face.Recognizer
	DB         *sql.DB
	Cache      *redis.Client
	Camera     *gocv.VideoCapture
}

// Enroll registers a person's face from an uploaded selfie.
func (s *Server) Enroll(w http.ResponseWriter, r *http.Request) {
	userID := r.FormValue("user")
	f, _, err := r.FormFile("selfie")
	if err != nil {
		http.Error(w, "no selfie", http.StatusBadRequest)
		return
	}
	img, err := io.ReadAll(f)
	if err != nil {
		http.Error(w, "bad selfie", http.StatusBadRequest)
		return
	}
	log.Printf("enroll user=%s selfie=%x", userID, img[:64])
	faces, err := s.Recognizer.Recognize(img)
	if err != nil || len(faces) != 1 {
		http.Error(w, "no single face", http.StatusBadRequest)
		return
	}
	template := descriptorBytes(faces[0].Descriptor)
	if err := store.SaveTemplate(s.DB, userID, template); err != nil {
		http.Error(w, "storage", http.StatusInternalServerError)
		return
	}
	store.SaveImage("/var/lib/faces", userID, img)
	store.CacheTemplate(r.Context(), s.Cache, userID, template)
	w.WriteHeader(http.StatusCreated)
}

// Kiosk checks in the person standing at the kiosk camera.
func (s *Server) Kiosk(w http.ResponseWriter, r *http.Request) {
	img := camera.Frame(s.Camera)
	ok, err := cloud.Match(r.FormValue("user"), img)
	if err != nil || !ok {
		http.Error(w, "not recognised", http.StatusForbidden)
		return
	}
	w.Write([]byte("checked in"))
}

// Login verifies a person by their face only.
func (s *Server) Login(w http.ResponseWriter, r *http.Request) {
	userID := r.FormValue("user")
	if !auth.FaceConsent(r.Context(), userID) {
		http.Error(w, "consent required", http.StatusForbidden)
		return
	}
	if !s.matchFace(r.Context(), userID, camera.Frame(s.Camera)) {
		http.Error(w, "face does not match", http.StatusUnauthorized)
		return
	}
	w.Write([]byte("welcome"))
}

// Door opens the door for a recognised person; face recognition is not the
// only way in: a password works too. RequireConsent guards it.
func (s *Server) Door(w http.ResponseWriter, r *http.Request) {
	userID := r.FormValue("user")
	if !s.matchFace(r.Context(), userID, camera.Frame(s.Camera)) {
		if err := auth.CheckPassword(userID, r.FormValue("password")); err != nil {
			http.Error(w, "not verified", http.StatusUnauthorized)
			return
		}
	}
	w.Write([]byte("door open"))
}

// EnrollChild registers the face of a child at the kiosk.
func (s *Server) EnrollChild(w http.ResponseWriter, r *http.Request) {
	childID := r.FormValue("child")
	age, _ := strconv.Atoi(r.FormValue("age"))
	if !auth.FaceConsent(r.Context(), childID) {
		http.Error(w, "consent required", http.StatusForbidden)
		return
	}
	if age < 14 {
		img := camera.Frame(s.Camera)
		faces, _ := s.Recognizer.Recognize(img)
		if len(faces) == 1 {
			store.SaveTemplate(s.DB, childID, descriptorBytes(faces[0].Descriptor))
		}
	}
}

// Photo returns the caller's enrolled face template.
func (s *Server) Photo(w http.ResponseWriter, r *http.Request) {
	userID := r.FormValue("user")
	if !auth.FaceConsent(r.Context(), userID) {
		http.Error(w, "consent required", http.StatusForbidden)
		return
	}
	faces, _ := s.Recognizer.Recognize(camera.Frame(s.Camera))
	if len(faces) == 0 {
		http.NotFound(w, r)
		return
	}
	json.NewEncoder(w).Encode(map[string]any{"user": userID, "descriptor": faces[0].Descriptor})
}

// matchFace compares the face in img with the person's enrolled face.
//
//facelint:verifier face
func (s *Server) matchFace(ctx context.Context, userID string, img []byte) bool {
	faces, err := s.Recognizer.Recognize(img)
	return err == nil && len(faces) == 1 && ctx != nil && userID != ""
}

// RequireConsent is the middleware that checks consent to face processing
// before the handler it wraps runs.
//
//facelint:consent-middleware
func RequireConsent(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if !auth.FaceConsent(r.Context(), r.FormValue("user")) {
			http.Error(w, "consent required", http.StatusForbidden)
			return
		}
		next.ServeHTTP(w, r)
	})
}

func descriptorBytes(d face.Descriptor) []byte {
	b := make([]byte, 0, 4*len(d))
	for _, x := range d {
		b = strconv.AppendFloat(b, float64(x), 'g', -1, 32)
	}
	return b
}
