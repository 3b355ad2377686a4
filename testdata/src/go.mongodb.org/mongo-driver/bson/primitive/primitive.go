// Package primitive is a minimal stub of go.mongodb.org/mongo-driver/bson/primitive v1.17.10 for facelint's tests: only the API facelint models, with the real signatures.
package primitive

import (
	"crypto/rand"
	"encoding/hex"
)

// D is an ordered representation of a BSON document.
type D []E

// E represents a BSON element for a D.
type E struct {
	Key   string
	Value interface{}
}

// M is an unordered representation of a BSON document.
type M map[string]interface{}

// A is an ordered representation of a BSON array.
type A []interface{}

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
