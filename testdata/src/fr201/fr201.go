// Package fr201 tests FR201: captures with no separate-consent check.
package fr201

import (
	"errors"
	"log"
	"net/http"

	"gocv.io/x/gocv"
)

type person struct{ ID string }

//facelint:consent
func faceConsent(p person) bool { return p.ID != "" }

//facelint:consent
func checkConsent(p person) error {
	if p.ID == "" {
		return errors.New("no consent")
	}
	return nil
}

// mustConsent returns only after consent was given.
func mustConsent(p person) {
	if !faceConsent(p) {
		log.Fatal("no consent")
	}
}

func unguarded(cam *gocv.VideoCapture) {
	m := gocv.NewMat()
	cam.Read(&m) // want `\[FR201\] face image is captured by gocv.VideoCapture.Read with no separate-consent check before it`
}

func guardedBool(cam *gocv.VideoCapture, p person) {
	if !faceConsent(p) {
		return
	}
	m := gocv.NewMat()
	cam.Read(&m)
}

func guardedError(cam *gocv.VideoCapture, p person) error {
	if err := checkConsent(p); err != nil {
		return err
	}
	m := gocv.NewMat()
	cam.Read(&m)
	return nil
}

func guardedInside(cam *gocv.VideoCapture, p person) {
	if faceConsent(p) {
		m := gocv.NewMat()
		cam.Read(&m)
	}
}

func failingBranch(cam *gocv.VideoCapture, p person) {
	if err := checkConsent(p); err != nil {
		m := gocv.NewMat()
		cam.Read(&m) // want `\[FR201\]`
	}
}

func ensured(cam *gocv.VideoCapture, p person) {
	mustConsent(p)
	m := gocv.NewMat()
	cam.Read(&m)
}

func ignoredResult(cam *gocv.VideoCapture, p person) {
	faceConsent(p)
	m := gocv.NewMat()
	cam.Read(&m) // want `\[FR201\]`
}

// grab is only called where consent was checked: it is guarded.
func grab(cam *gocv.VideoCapture) gocv.Mat {
	m := gocv.NewMat()
	cam.Read(&m)
	return m
}

func callsGrab(cam *gocv.VideoCapture, p person) {
	if !faceConsent(p) {
		return
	}
	grab(cam)
	go func() {
		grab(cam)
	}()
}

// snap has one unguarded caller: the capture in it is reported.
func snap(cam *gocv.VideoCapture) {
	m := gocv.NewMat()
	cam.Read(&m) // want `\[FR201\]`
}

func callsSnap(cam *gocv.VideoCapture, p person) {
	if faceConsent(p) {
		snap(cam)
	}
	snap(cam)
}

// Capture is exported from a library: its callers must guard it.
func Capture(cam *gocv.VideoCapture) gocv.Mat {
	m := gocv.NewMat()
	cam.Read(&m)
	return m
}

func usesCapture(cam *gocv.VideoCapture) {
	Capture(cam) // want `\[FR201\] face image is captured by gocv.VideoCapture.Read`
}

// requireConsent is a consent middleware.
//
//facelint:consent-middleware
func requireConsent(next http.Handler) http.Handler { return next }

func enroll(w http.ResponseWriter, r *http.Request) {
	r.FormFile("selfie")
}

func enrollOpen(w http.ResponseWriter, r *http.Request) {
	r.FormFile("selfie") // want `\[FR201\] face image \(name-based source\) is captured by http.Request.FormFile\("selfie"\)`
}

func routes(mux *http.ServeMux) {
	mux.Handle("/enroll", requireConsent(http.HandlerFunc(enroll)))
	mux.HandleFunc("/open", enrollOpen)
	mux.Handle("/closure", requireConsent(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		r.FormFile("portrait")
	})))
}

// Names that are not face data are not captures.
func notFace(w http.ResponseWriter, r *http.Request) {
	r.FormFile("avatar_url")
	r.FormValue("face_id")
	r.FormValue("username")
}
