// Package otp is a minimal stub of github.com/pquerna/otp v1.5.0 for facelint's tests: only the API facelint models, with the real signatures.
package otp

import (
	"errors"
	"fmt"
)

// ErrValidateSecretInvalidBase32 is returned when the secret is not valid base32.
var ErrValidateSecretInvalidBase32 = errors.New("Decoding of secret as base32 failed.")

// ErrGenerateMissingIssuer is returned when the issuer is missing.
var ErrGenerateMissingIssuer = errors.New("Issuer must be set")

// Key represents an TOTP or HTOP key.
type Key struct {
	orig   string
	secret string
}

// NewKeyFromURL creates a new Key from an TOTP or HOTP url.
func NewKeyFromURL(orig string) (*Key, error) { return &Key{orig: orig}, nil }

func (k *Key) String() string { return k.orig }

// Secret returns the opaque secret for this Key.
func (k *Key) Secret() string { return k.secret }

// URL returns the OTP URL as a string.
func (k *Key) URL() string { return k.orig }

// Algorithm represents the hashing function to use in the HMAC operation needed for OTPs.
type Algorithm int

// Algorithms.
const (
	AlgorithmSHA1 Algorithm = iota
	AlgorithmSHA256
	AlgorithmSHA512
	AlgorithmMD5
)

// Digits represents the number of digits present in the user's OTP passcode.
type Digits int

// Digit counts.
const (
	DigitsSix   Digits = 6
	DigitsEight Digits = 8
)

// Length returns the number of characters for this Digits.
func (d Digits) Length() int { return int(d) }

func (d Digits) String() string { return fmt.Sprintf("%d", d) }

// Encoder is the encoding of the secret.
type Encoder string

// Encoders.
const (
	EncoderDefault Encoder = ""
	EncoderSteam   Encoder = "steam"
)
