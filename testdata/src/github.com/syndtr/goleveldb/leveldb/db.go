// Package leveldb is a minimal stub of github.com/syndtr/goleveldb/leveldb v1.0.1-0.20220721030215-126854af5e6d for facelint's tests: only the API facelint models, with the real signatures.
package leveldb

import "github.com/syndtr/goleveldb/leveldb/opt"

// DB is a LevelDB database.
type DB struct {
	path string
}

// OpenFile opens or creates a DB for the given path.
func OpenFile(path string, o *opt.Options) (db *DB, err error) { return &DB{path: path}, nil }

// Close closes the DB.
func (db *DB) Close() error { return nil }

// Put sets the value for the given key.
func (db *DB) Put(key, value []byte, wo *opt.WriteOptions) error { return nil }

// Get gets the value for the given key.
func (db *DB) Get(key []byte, ro *opt.ReadOptions) (value []byte, err error) { return nil, nil }
