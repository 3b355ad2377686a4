// Package bson is a minimal stub of go.mongodb.org/mongo-driver/bson v1.17.10 for facelint's tests: only the API facelint models, with the real signatures.
package bson

import (
	"go.mongodb.org/mongo-driver/bson/primitive"
)

// D is an ordered representation of a BSON document.
type D = primitive.D

// E represents a BSON element for a D.
type E = primitive.E

// M is an unordered representation of a BSON document.
type M = primitive.M

// A is an ordered representation of a BSON array.
type A = primitive.A

// Raw is a raw encoded BSON document.
type Raw []byte

// Marshal returns the BSON encoding of val.
func Marshal(val interface{}) ([]byte, error) { return nil, nil }

// Unmarshal parses the BSON-encoded data and stores the result in the value pointed to by val.
func Unmarshal(data []byte, val interface{}) error { return nil }
