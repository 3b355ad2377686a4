// Package fr102 tests FR102: face data leaving the device without a
// separate-consent check on the path.
package fr102

import (
	"bytes"
	"context"
	"errors"
	"io"
	"net"
	"net/http"
)

type user struct{ id string }

// hasFaceConsent is the project's consent check.
//
//facelint:consent
func hasFaceConsent(ctx context.Context, u user) bool { return u.id != "" }

// requireFaceConsent is a consent check that reports failure as an error.
//
//facelint:consent
func requireFaceConsent(u user) error {
	if u.id == "" {
		return errors.New("no consent")
	}
	return nil
}

// consentOK wraps the check: facetaint sees that it is a guard too.
func consentOK(ctx context.Context, u user) bool {
	return hasFaceConsent(ctx, u)
}

func upload(w http.ResponseWriter, r *http.Request) {
	f, _, _ := r.FormFile("face")
	img, _ := io.ReadAll(f)
	http.Post("https://faces.example.com/match", "image/jpeg", bytes.NewReader(img)) // want `\[FR102\] face image \(name-based source\) from http.Request.FormFile\("face"\) leaves the device through http.Post with no separate-consent check`
}

func uploadWithConsent(w http.ResponseWriter, r *http.Request, u user) {
	if !hasFaceConsent(r.Context(), u) {
		http.Error(w, "consent required", http.StatusForbidden)
		return
	}
	f, _, _ := r.FormFile("face")
	img, _ := io.ReadAll(f)
	http.Post("https://faces.example.com/match", "image/jpeg", bytes.NewReader(img))
}

func uploadErrGuard(w http.ResponseWriter, r *http.Request, u user) {
	if err := requireFaceConsent(u); err != nil {
		return
	}
	f, _, _ := r.FormFile("face")
	img, _ := io.ReadAll(f)
	req, _ := http.NewRequest("POST", "https://faces.example.com/match", bytes.NewReader(img))
	http.DefaultClient.Do(req)
}

func uploadWrappedGuard(w http.ResponseWriter, r *http.Request, u user) {
	if ok := consentOK(r.Context(), u); ok {
		f, _, _ := r.FormFile("face")
		img, _ := io.ReadAll(f)
		http.Post("https://faces.example.com/match", "image/jpeg", bytes.NewReader(img))
	}
}

// The consent check happens, but the capture is on the failing branch.
func uploadWrongBranch(w http.ResponseWriter, r *http.Request, u user) {
	if !hasFaceConsent(r.Context(), u) {
		f, _, _ := r.FormFile("face")
		img, _ := io.ReadAll(f)
		http.Post("https://faces.example.com/match", "image/jpeg", bytes.NewReader(img)) // want `\[FR102\]`
	}
}

// The consent is checked but its result is ignored.
func uploadIgnored(w http.ResponseWriter, r *http.Request, u user) {
	hasFaceConsent(r.Context(), u)
	f, _, _ := r.FormFile("face")
	img, _ := io.ReadAll(f)
	send(img)
}

// send writes to a raw connection: the finding is at the sink, in this package.
func send(b []byte) {
	conn, _ := net.Dial("tcp", "faces.example.com:9000")
	conn.Write(b) // want `\[FR102\] face image \(name-based source\) from http.Request.FormFile\("face"\) leaves the device through net.Conn.Write`
}

// Only the user's ID is sent.
func sendID(u user) {
	http.Post("https://accounts.example.com/seen", "text/plain", bytes.NewReader([]byte(u.id)))
}
