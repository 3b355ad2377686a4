// Package bson is a minimal stub of go.mongodb.org/mongo-driver/v2/bson v2.10.0 for facelint's tests: only the API facelint models, with the real signatures.
package bson

import (
	"crypto/rand"
	"encoding/hex"
)

// D is an ordered representation of a BSON document.
type D []E

// E represents a BSON element for a D.
type E struct {
	Key   string
	Value any
}

// M is an unordered representation of a BSON document.
type M map[string]any

// A is an ordered representation of a BSON array.
type A []any

// Raw is a raw encoded BSON document.
type Raw []byte

// ObjectID is the BSON ObjectID type.
type ObjectID [12]byte

// NilObjectID is the zero value for ObjectID.
var NilObjectID ObjectID

// NewObjectID generates a new ObjectID.
func NewObjectID() ObjectID {
	var id ObjectID
	_, _ = rand.Read(id[:])
	return id
}

// Hex returns the hex encoding of the ObjectID as a string.
func (id ObjectID) Hex() string { return hex.EncodeToString(id[:]) }

// Marshal returns the BSON encoding of val.
func Marshal(val any) ([]byte, error) { return nil, nil }

// Unmarshal parses the BSON-encoded data and stores the result in the value pointed to by val.
func Unmarshal(data []byte, val any) error { return nil }

// Type represents a BSON type.
type Type byte

// TypeBinary is the BSON type of binary data.
const TypeBinary Type = 0x05

// RawValue is a raw encoded BSON value.
type RawValue struct {
	Type  Type
	Value []byte
}

// Binary represents a BSON binary value.
type Binary struct {
	Subtype byte
	Data    []byte
}
