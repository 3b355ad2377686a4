// Package opt is a minimal stub of github.com/syndtr/goleveldb/leveldb/opt v1.0.1-0.20220721030215-126854af5e6d for facelint's tests: only the API facelint models, with the real signatures.
package opt

// Options holds the optional parameters for the DB at large (subset).
type Options struct {
	ReadOnly bool
}

// ReadOptions holds the optional parameters for 'read operation' (subset).
type ReadOptions struct {
	DontFillCache bool
}

// WriteOptions holds the optional parameters for 'write operation'.
type WriteOptions struct {
	NoWriteMerge bool
	Sync         bool
}
