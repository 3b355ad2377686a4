// Package pgconn is a minimal stub of github.com/jackc/pgx/v5/pgconn v5.13.0 for facelint's tests: only the API facelint models, with the real signatures.
package pgconn

// CommandTag is the status text returned by PostgreSQL for a query.
type CommandTag struct {
	s string
}

// RowsAffected returns the number of rows affected.
func (ct CommandTag) RowsAffected() int64 { return 0 }
