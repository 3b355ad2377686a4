// Command faceservice is a small face-recognition service with the
// mistakes facelint finds: face images logged, uploaded without consent,
// stored unencrypted and without expiry, sent over plain HTTP, and face
// recognition as the only way to log in. Run facelint on it from the
// repository root:
//
//	go run ./cmd/facelint -C examples/faceservice ./...
package main

import (
	"database/sql"
	"log"
	"net/http"

	face "github.com/Kagami/go-face"
	"github.com/redis/go-redis/v9"
	"gocv.io/x/gocv"

	"example.com/faceservice/internal/handlers"
)

func main() {
	rec, err := face.NewRecognizer("models")
	if err != nil {
		log.Fatal(err)
	}
	db, err := sql.Open("postgres", "postgres://faces")
	if err != nil {
		log.Fatal(err)
	}
	cam, err := gocv.OpenVideoCapture(0)
	if err != nil {
		log.Fatal(err)
	}
	s := &handlers.Server{
		Recognizer: rec,
		DB:         db,
		Cache:      redis.NewClient(&redis.Options{Addr: "localhost:6379"}),
		Camera:     cam,
	}
	mux := http.NewServeMux()
	mux.HandleFunc("/enroll", s.Enroll)
	mux.HandleFunc("/kiosk", s.Kiosk)
	mux.HandleFunc("/login", s.Login)
	mux.HandleFunc("/children/enroll", s.EnrollChild)
	mux.HandleFunc("/me/photo", s.Photo)
	mux.Handle("/door", handlers.RequireConsent(http.HandlerFunc(s.Door)))
	log.Fatal(http.ListenAndServe(":8080", mux))
}
