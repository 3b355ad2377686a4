// Package dialect is a minimal stub of entgo.io/ent/dialect v0.14.5 for facelint's tests: only the API facelint models, with the real signatures.
package dialect

// Driver is the interface that wraps all necessary operations for ent clients (subset).
type Driver interface {
	// Close closes the underlying connection.
	Close() error
	// Dialect returns the dialect name of the driver.
	Dialect() string
}
