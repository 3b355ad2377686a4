// Package sqlx is a minimal stub of github.com/jmoiron/sqlx v1.4.0 for facelint's tests: only the API facelint models, with the real signatures.
package sqlx

import "database/sql"

// DB is a wrapper around sql.DB which keeps track of the driverName upon Open.
type DB struct {
	*sql.DB
	driverName string
}

// Connect to a database and verify with a ping.
func Connect(driverName, dataSourceName string) (*DB, error) {
	db, err := sql.Open(driverName, dataSourceName)
	return &DB{DB: db, driverName: driverName}, err
}

// NamedExec using this DB.
func (db *DB) NamedExec(query string, arg interface{}) (sql.Result, error) { return nil, nil }

// Get using this DB.
func (db *DB) Get(dest interface{}, query string, args ...interface{}) error { return nil }

// Select using this DB.
func (db *DB) Select(dest interface{}, query string, args ...interface{}) error { return nil }
