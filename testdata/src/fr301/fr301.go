// Package fr301 tests FR301: face verification as the only way through.
package fr301

import (
	"errors"
	"net/http"
)

// matchFace compares a face with the enrolled template.
//
//facelint:verifier face
func matchFace(img []byte, user string) bool { return len(img) > 0 }

// checkOTP verifies a one-time code.
//
//facelint:verifier alternative
func checkOTP(user, code string) error { return nil }

var errDenied = errors.New("denied")

func faceOnlyLogin(w http.ResponseWriter, r *http.Request) {
	img := []byte(r.FormValue("img"))
	if !matchFace(img, r.FormValue("user")) { // want `\[FR301\] face verification by fr301.matchFace is the only way through: its failing branch responds 401 with http.Error and no alternative verifier is reachable`
		http.Error(w, "face does not match", http.StatusUnauthorized)
		return
	}
	w.Write([]byte("welcome"))
}

func withFallback(w http.ResponseWriter, r *http.Request) {
	img := []byte(r.FormValue("img"))
	if !matchFace(img, r.FormValue("user")) {
		if err := checkOTP(r.FormValue("user"), r.FormValue("otp")); err != nil {
			http.Error(w, "not verified", http.StatusUnauthorized)
			return
		}
	}
	w.Write([]byte("welcome"))
}

func gate(img []byte, user string) error {
	if !matchFace(img, user) { // want `\[FR301\] .* its failing branch returns an error`
		return errDenied
	}
	return nil
}

// verifyFace returns the verification's decision: it is a verifier itself,
// its callers decide.
func verifyFace(img []byte, user string) bool {
	ok := matchFace(img, user)
	return ok
}

func door(img []byte, user string, otp string) error {
	if verifyFace(img, user) {
		return nil
	}
	return checkOTP(user, otp)
}

func turnstile(img []byte, user string) bool {
	if !verifyFace(img, user) { // want `\[FR301\] face verification by fr301.verifyFace .* returns false`
		return false
	}
	return true
}

// The route also offers an OTP login: a face-only handler is fine.
func faceLogin(w http.ResponseWriter, r *http.Request) {
	if !matchFace([]byte(r.FormValue("img")), r.FormValue("user")) {
		w.WriteHeader(http.StatusForbidden)
		return
	}
}

func otpLogin(w http.ResponseWriter, r *http.Request) {
	if checkOTP(r.FormValue("user"), r.FormValue("otp")) != nil {
		w.WriteHeader(http.StatusForbidden)
	}
}

func routes() {
	mux := http.NewServeMux()
	mux.HandleFunc("/login/face", faceLogin)
	mux.HandleFunc("/login/otp", otpLogin)
	http.ListenAndServe(":8080", mux)
}

// A result that decides nothing is not a denial.
func audit(img []byte, user string) {
	_ = matchFace(img, user)
}
