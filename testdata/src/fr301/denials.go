package fr301

import (
	"fmt"
	"net/http"
)

// user is a signed-in person.
type user struct{ name string }

// faceMatcher compares faces.
type faceMatcher struct{}

// Match compares a face with a person's enrolled template.
//
//facelint:verifier face
func (faceMatcher) Match(img []byte, name string) bool { return len(img) > 0 }

type faceGate struct{ m faceMatcher }

// signIn returns the person or nil: a nil user is a denial.
func signIn(img []byte, name string) *user {
	if !matchFace(img, name) { // want `\[FR301\] face verification by fr301.matchFace is the only way through: its failing branch returns nil`
		return nil
	}
	return &user{name}
}

// wrapped returns a wrapped error from the failing branch.
func wrapped(img []byte, name string) (*user, error) {
	if !matchFace(img, name) { // want `\[FR301\] .* its failing branch returns an error`
		return nil, fmt.Errorf("sign in %s: %w", name, errDenied)
	}
	return &user{name}, nil
}

// redirects sends the person to an error page.
func redirects(w http.ResponseWriter, r *http.Request) {
	if !matchFace([]byte(r.FormValue("img")), r.FormValue("user")) { // want `\[FR301\] .* its failing branch calls http.Redirect`
		http.Redirect(w, r, "/denied", http.StatusSeeOther)
		return
	}
	w.Write([]byte("welcome"))
}

// byValue calls the verifier through a method value.
func (d *faceGate) byValue(img []byte, name string) error {
	verify := d.m.Match
	if !verify(img, name) { // want `\[FR301\] face verification by fr301.faceMatcher.Match is the only way through: its failing branch returns an error`
		return errDenied
	}
	return nil
}

// signInOrOTP offers a code when the face does not match: not reported.
func signInOrOTP(img []byte, name, code string) *user {
	if !matchFace(img, name) {
		if checkOTP(name, code) != nil {
			return nil
		}
	}
	return &user{name}
}
