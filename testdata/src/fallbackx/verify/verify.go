// Package verify wraps AWS Rekognition: its functions are face verifiers
// for their callers in fallbackx/app.
package verify

import (
	"context"
	"errors"

	"github.com/aws/aws-sdk-go-v2/service/rekognition"
	"github.com/aws/aws-sdk-go-v2/service/rekognition/types"
	"golang.org/x/crypto/bcrypt"
)

// ErrNoMatch is returned when the face does not match.
var ErrNoMatch = errors.New("face does not match")

// Face compares a probe with the enrolled photo: it returns the decision,
// so the callers decide what a mismatch does.
func Face(ctx context.Context, c *rekognition.Client, probe, enrolled []byte) error {
	out, err := c.CompareFaces(ctx, &rekognition.CompareFacesInput{
		SourceImage: &types.Image{Bytes: probe},
		TargetImage: &types.Image{Bytes: enrolled},
	})
	if err != nil || len(out.FaceMatches) == 0 {
		return ErrNoMatch
	}
	return nil
}

// Password checks a password hash.
func Password(hash []byte, password string) error {
	return bcrypt.CompareHashAndPassword(hash, []byte(password))
}
