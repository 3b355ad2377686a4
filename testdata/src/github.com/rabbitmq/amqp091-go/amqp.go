// Package amqp091 is a minimal stub of github.com/rabbitmq/amqp091-go
// v1.17.0 for facelint's tests: only the API facelint models, with the
// real signatures.
package amqp091

import "context"

// Connection manages the serialization and deserialization of frames from IO.
type Connection struct{ url string }

// Channel represents an AMQP channel.
type Channel struct{ conn *Connection }

// Publishing captures the client message sent to the server.
type Publishing struct {
	ContentType string
	Body        []byte
}

// Dial accepts a string in the AMQP URI format and returns a new Connection.
func Dial(url string) (*Connection, error) { return &Connection{url: url}, nil }

// Channel opens a unique, concurrent server channel to process the bulk of AMQP messages.
func (c *Connection) Channel() (*Channel, error) { return &Channel{conn: c}, nil }

// PublishWithContext sends a Publishing from the client to an exchange on the server.
func (ch *Channel) PublishWithContext(ctx context.Context, exchange, key string, mandatory, immediate bool, msg Publishing) error {
	return nil
}
