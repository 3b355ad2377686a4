// Package pgx is a minimal stub of github.com/jackc/pgx/v5 v5.13.0 for facelint's tests: only the API facelint models, with the real signatures.
package pgx

// Row is a convenience wrapper over Rows that is returned by QueryRow (subset).
type Row interface {
	Scan(dest ...any) error
}

// Identifier a PostgreSQL identifier or name.
type Identifier []string

// CopyFromSource is the interface used by *Conn.CopyFrom as the source for copy data.
type CopyFromSource interface {
	Next() bool
	Values() ([]any, error)
	Err() error
}

type copyFromRows struct {
	rows [][]any
	idx  int
}

func (c *copyFromRows) Next() bool             { c.idx++; return c.idx < len(c.rows) }
func (c *copyFromRows) Values() ([]any, error) { return c.rows[c.idx], nil }
func (c *copyFromRows) Err() error             { return nil }

// CopyFromRows returns a CopyFromSource interface over the provided rows slice.
func CopyFromRows(rows [][]any) CopyFromSource { return &copyFromRows{rows: rows, idx: -1} }
