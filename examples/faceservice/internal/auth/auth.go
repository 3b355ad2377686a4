// Package auth holds the service's consent checks and its non-face login.
package auth

import (
	"context"
	"errors"
)

// ErrNoConsent is returned when a person has not agreed to face processing.
var ErrNoConsent = errors.New("no consent to face processing")

// FaceConsent reports whether the person gave separate consent to the
// processing of their face.
//
//facelint:consent
func FaceConsent(ctx context.Context, userID string) bool {
	return userID != "" && ctx != nil
}

// GuardianConsent reports whether a parent or guardian agreed to the
// processing of a child's face.
//
//facelint:guardian-consent
func GuardianConsent(ctx context.Context, childID string) bool {
	return childID != "" && ctx != nil
}

// CheckPassword verifies a password: the non-face way to log in.
//
//facelint:verifier alternative
func CheckPassword(userID, password string) error {
	if password == "" {
		return errors.New("wrong password")
	}
	return nil
}
