// Package bbolt is a minimal stub of go.etcd.io/bbolt v1.5.0 for facelint's tests: only the API facelint models, with the real signatures.
package bbolt

import (
	"os"
	"time"
)

// Options represents the options that can be set when opening a database.
type Options struct {
	Timeout  time.Duration
	ReadOnly bool
}

// DB represents a collection of buckets persisted to a file on disk.
type DB struct {
	path string
}

// Open creates and opens a database at the given path with a given file mode.
func Open(path string, mode os.FileMode, options *Options) (db *DB, err error) {
	return &DB{path: path}, nil
}

// Close releases all database resources.
func (db *DB) Close() error { return nil }

// Update executes a function within the context of a read-write managed transaction.
func (db *DB) Update(fn func(*Tx) error) error { return fn(&Tx{db: db}) }

// View executes a function within the context of a managed read-only transaction.
func (db *DB) View(fn func(*Tx) error) error { return fn(&Tx{db: db}) }

// Tx represents a read-only or read/write transaction on the database.
type Tx struct {
	db *DB
}

// Bucket retrieves a bucket by name.
func (tx *Tx) Bucket(name []byte) *Bucket { return &Bucket{tx: tx} }

// CreateBucketIfNotExists creates a new bucket if it doesn't already exist and returns a reference to it.
func (tx *Tx) CreateBucketIfNotExists(name []byte) (*Bucket, error) { return &Bucket{tx: tx}, nil }

// Bucket represents a collection of key/value pairs inside the database.
type Bucket struct {
	tx *Tx
}

// Get retrieves the value for a key in the bucket.
func (b *Bucket) Get(key []byte) []byte { return nil }

// Put sets the value for a key in the bucket.
func (b *Bucket) Put(key []byte, value []byte) (err error) { return nil }
