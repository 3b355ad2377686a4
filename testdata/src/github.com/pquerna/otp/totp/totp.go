// Package totp is a minimal stub of github.com/pquerna/otp/totp v1.5.0 for facelint's tests: only the API facelint models, with the real signatures.
package totp

import (
	"io"
	"time"

	"github.com/pquerna/otp"
)

// Validate a TOTP using the current time.
func Validate(passcode string, secret string) bool {
	rv, _ := ValidateCustom(passcode, secret, time.Now().UTC(), ValidateOpts{})
	return rv
}

// GenerateCode creates a TOTP token using the current time.
func GenerateCode(secret string, t time.Time) (string, error) {
	return GenerateCodeCustom(secret, t, ValidateOpts{})
}

// ValidateOpts provides options for ValidateCustom().
type ValidateOpts struct {
	Period    uint
	Skew      uint
	Digits    otp.Digits
	Algorithm otp.Algorithm
	Encoder   otp.Encoder
}

// GenerateCodeCustom takes a timepoint and produces a passcode using a
// secret and the provided opts.
func GenerateCodeCustom(secret string, t time.Time, opts ValidateOpts) (passcode string, err error) {
	if secret == "" {
		return "", otp.ErrValidateSecretInvalidBase32
	}
	return "000000", nil
}

// ValidateCustom validates a TOTP given a user specified time and custom options.
func ValidateCustom(passcode string, secret string, t time.Time, opts ValidateOpts) (bool, error) {
	want, err := GenerateCodeCustom(secret, t, opts)
	if err != nil {
		return false, err
	}
	return passcode == want, nil
}

// GenerateOpts provides options for Generate().
type GenerateOpts struct {
	Issuer      string
	AccountName string
	Period      uint
	SecretSize  uint
	Secret      []byte
	Digits      otp.Digits
	Algorithm   otp.Algorithm
	Rand        io.Reader
}

// Generate a new TOTP Key.
func Generate(opts GenerateOpts) (*otp.Key, error) {
	if opts.Issuer == "" {
		return nil, otp.ErrGenerateMissingIssuer
	}
	return otp.NewKeyFromURL("otpauth://totp/" + opts.Issuer + ":" + opts.AccountName)
}
