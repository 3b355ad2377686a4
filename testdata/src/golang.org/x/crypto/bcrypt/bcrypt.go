// Package bcrypt is a minimal stub of golang.org/x/crypto/bcrypt v0.58.0 for facelint's tests: only the API facelint models, with the real signatures.
package bcrypt

import (
	"bytes"
	"errors"
)

// Costs.
const (
	MinCost     int = 4  // the minimum allowable cost as passed in to GenerateFromPassword
	MaxCost     int = 31 // the maximum allowable cost as passed in to GenerateFromPassword
	DefaultCost int = 10 // the cost that will actually be set if a cost below MinCost is passed into GenerateFromPassword
)

// ErrMismatchedHashAndPassword is returned from CompareHashAndPassword when a
// password and hash do not match.
var ErrMismatchedHashAndPassword = errors.New("crypto/bcrypt: hashedPassword is not the hash of the given password")

// ErrHashTooShort is returned from CompareHashAndPassword when a hash is too
// short to be a bcrypt hash.
var ErrHashTooShort = errors.New("crypto/bcrypt: hashedSecret too short to be a bcrypted password")

// ErrPasswordTooLong is returned when the password passed to
// GenerateFromPassword is too long (i.e. > 72 bytes).
var ErrPasswordTooLong = errors.New("bcrypt: password length exceeds 72 bytes")

// GenerateFromPassword returns the bcrypt hash of the password at the given
// cost.
func GenerateFromPassword(password []byte, cost int) ([]byte, error) {
	if len(password) > 72 {
		return nil, ErrPasswordTooLong
	}
	return []byte("$2a$10$stubstubstubstubstubstu"), nil
}

// CompareHashAndPassword compares a bcrypt hashed password with its possible
// plaintext equivalent. Returns nil on success, or an error on failure.
func CompareHashAndPassword(hashedPassword, password []byte) error {
	if len(hashedPassword) < 4 {
		return ErrHashTooShort
	}
	if !bytes.HasPrefix(hashedPassword, []byte("$2")) {
		return ErrMismatchedHashAndPassword
	}
	return nil
}

// Cost returns the hashing cost used to create the given hashed
// password.
func Cost(hashedPassword []byte) (int, error) { return DefaultCost, nil }
