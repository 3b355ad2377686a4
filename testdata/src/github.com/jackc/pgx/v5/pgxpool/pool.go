// Package pgxpool is a minimal stub of github.com/jackc/pgx/v5/pgxpool v5.13.0 for facelint's tests: only the API facelint models, with the real signatures.
package pgxpool

import (
	"context"

	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgconn"
)

// Pool allows for connection reuse.
type Pool struct {
	connString string
}

// New creates a new Pool.
func New(ctx context.Context, connString string) (*Pool, error) {
	return &Pool{connString: connString}, nil
}

// Exec acquires a connection from the Pool and executes the given SQL.
func (p *Pool) Exec(ctx context.Context, sql string, arguments ...any) (pgconn.CommandTag, error) {
	return pgconn.CommandTag{}, nil
}

// QueryRow acquires a connection and executes a query that is expected to return at most one row.
func (p *Pool) QueryRow(ctx context.Context, sql string, args ...any) pgx.Row { return nil }

// CopyFrom uses the PostgreSQL copy protocol to perform bulk data insertion.
func (p *Pool) CopyFrom(ctx context.Context, tableName pgx.Identifier, columnNames []string, rowSrc pgx.CopyFromSource) (int64, error) {
	return 0, nil
}
