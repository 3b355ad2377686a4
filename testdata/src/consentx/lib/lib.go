// Package lib is a face library: its consent check and its capture
// obligation travel to consentx/app as facts.
package lib

import (
	"context"

	"gocv.io/x/gocv"
)

// HasConsent reports whether the person agreed to face processing.
//
//facelint:consent
func HasConsent(ctx context.Context, user string) bool { return user != "" }

// Checked wraps HasConsent: a guard too, for its callers.
func Checked(ctx context.Context, user string) bool {
	ok := HasConsent(ctx, user)
	return ok
}

// Snapshot captures a frame: its callers must check consent.
func Snapshot(cam *gocv.VideoCapture) []byte {
	m := gocv.NewMat()
	cam.Read(&m)
	return m.ToBytes()
}

// GuardedSnapshot checks consent itself: nothing is left to its callers.
func GuardedSnapshot(ctx context.Context, cam *gocv.VideoCapture, user string) []byte {
	if !HasConsent(ctx, user) {
		return nil
	}
	m := gocv.NewMat()
	cam.Read(&m)
	return m.ToBytes()
}
