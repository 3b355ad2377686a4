// Package badger is a minimal stub of github.com/dgraph-io/badger/v4 v4.9.6 for facelint's tests: only the API facelint models, with the real signatures.
package badger

import "time"

// Options are params for creating DB object.
type Options struct {
	Dir      string
	ValueDir string

	encryptionKey []byte
}

// DefaultOptions sets a list of recommended options for good performance.
func DefaultOptions(path string) Options { return Options{Dir: path, ValueDir: path} }

// WithEncryptionKey is used to encrypt the data with AES.
func (opt Options) WithEncryptionKey(key []byte) Options {
	opt.encryptionKey = key
	return opt
}

// DB provides the various functions required to interact with Badger.
type DB struct {
	opt Options
}

// Open returns a new DB object.
func Open(opt Options) (*DB, error) { return &DB{opt: opt}, nil }

// Close closes a DB.
func (db *DB) Close() error { return nil }

// Update executes a function, creating and managing a read-write transaction for the user.
func (db *DB) Update(fn func(txn *Txn) error) error { return fn(&Txn{db: db}) }

// View executes a function creating and managing a read-only transaction for the user.
func (db *DB) View(fn func(txn *Txn) error) error { return fn(&Txn{db: db}) }

// Entry provides Key, Value, UserMeta and ExpiresAt.
type Entry struct {
	Key       []byte
	Value     []byte
	ExpiresAt uint64 // time.Unix
	UserMeta  byte
}

// NewEntry creates a new entry with key and value passed in args.
func NewEntry(key, value []byte) *Entry { return &Entry{Key: key, Value: value} }

// WithTTL adds time to live duration to Entry e.
func (e *Entry) WithTTL(dur time.Duration) *Entry {
	e.ExpiresAt = uint64(time.Now().Add(dur).Unix())
	return e
}

// Txn represents a Badger transaction.
type Txn struct {
	db *DB
}

// Set adds a key-value pair to the database.
func (txn *Txn) Set(key, val []byte) error { return nil }

// SetEntry takes an Entry struct and adds the key-value pair in the struct.
func (txn *Txn) SetEntry(e *Entry) error { return nil }

// Get looks for key and returns corresponding Item.
func (txn *Txn) Get(key []byte) (item *Item, rerr error) { return &Item{}, nil }

// Item is returned during iteration.
type Item struct {
	val []byte
}

// ValueCopy returns a copy of the value of the item from the value log.
func (item *Item) ValueCopy(dst []byte) ([]byte, error) { return append(dst, item.val...), nil }
