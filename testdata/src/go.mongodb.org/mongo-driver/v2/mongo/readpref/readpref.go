// Package readpref is a minimal stub of go.mongodb.org/mongo-driver/v2/mongo/readpref v2.10.0 for facelint's tests: only the API facelint models, with the real signatures.
package readpref

// ReadPref determines which servers are considered suitable for read operations.
type ReadPref struct {
	mode uint8
}

// Primary constructs a read preference with a PrimaryMode.
func Primary() *ReadPref { return &ReadPref{mode: 1} }
