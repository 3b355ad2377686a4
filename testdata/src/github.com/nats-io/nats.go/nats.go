// Package nats is a minimal stub of github.com/nats-io/nats.go v1.56.0 for
// facelint's tests: only the API facelint models, with the real
// signatures.
package nats

// Option is a function on the options for a connection.
type Option func(*Options) error

// Options can be used to create a customized connection.
type Options struct {
	Url    string
	Secure bool
}

// Conn represents a bare connection to a nats-server.
type Conn struct{ opts Options }

// GetDefaultOptions returns default configuration options for the client.
func GetDefaultOptions() Options { return Options{} }

// Connect will attempt to connect to the NATS system.
func Connect(url string, options ...Option) (*Conn, error) { return &Conn{}, nil }

// Connect will attempt to connect to a NATS server with multiple options.
func (o Options) Connect() (*Conn, error) { return &Conn{opts: o}, nil }

// Publish publishes the data argument to the given subject.
func (nc *Conn) Publish(subj string, data []byte) error { return nil }
