// Package mysql is a minimal stub of github.com/go-sql-driver/mysql v1.11.0 for facelint's tests: only the API facelint models, with the real signatures.
package mysql

import (
	"database/sql"
	"database/sql/driver"
	"errors"
)

// MySQLDriver is exported to make the driver directly accessible.
type MySQLDriver struct{}

// Open new Connection.
func (d MySQLDriver) Open(dsn string) (driver.Conn, error) { return nil, errors.New("stub") }

func init() {
	sql.Register("mysql", &MySQLDriver{})
}
