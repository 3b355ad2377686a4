// Package gorm is a minimal stub of github.com/jinzhu/gorm v1.9.16 for facelint's tests: only the API facelint models, with the real signatures.
package gorm

// DB contains information for current db connection.
type DB struct {
	Value        interface{}
	Error        error
	RowsAffected int64
}

// Open initialize a new db connection, need to import driver first.
func Open(dialect string, args ...interface{}) (db *DB, err error) { return &DB{}, nil }

// Create insert the value into database.
func (s *DB) Create(value interface{}) *DB { return s }

// Save update value in database, if the value doesn't have primary key, will insert it.
func (s *DB) Save(value interface{}) *DB { return s }

// First find first record that match given conditions, order by primary key.
func (s *DB) First(out interface{}, where ...interface{}) *DB { return s }

// Where return a new relation, filter records with given conditions.
func (s *DB) Where(query interface{}, args ...interface{}) *DB { return s }
