// Package kafka is a minimal stub of github.com/segmentio/kafka-go v0.4.51
// for facelint's tests: only the API facelint models, with the real
// signatures.
package kafka

import (
	"context"
	"net"
)

// Message is a data structure representing kafka messages.
type Message struct {
	Topic string
	Key   []byte
	Value []byte
}

// Writer writes messages to kafka.
type Writer struct {
	Addr  net.Addr
	Topic string
}

// WriteMessages writes a batch of messages to the kafka topic configured on this writer.
func (w *Writer) WriteMessages(ctx context.Context, msgs ...Message) error { return nil }

// Conn represents a connection to a kafka broker.
type Conn struct{}

// DialLeader opens a connection to the leader of the partition for a given topic.
func DialLeader(ctx context.Context, network string, address string, topic string, partition int) (*Conn, error) {
	return &Conn{}, nil
}

// WriteMessages writes a batch of messages to the connection's topic and partition.
func (c *Conn) WriteMessages(msgs ...Message) (int, error) { return 0, nil }

// TCP constructs an address with the network set to "tcp".
func TCP(address ...string) net.Addr { return nil }
