// Package sarama is a minimal stub of github.com/IBM/sarama v1.62.0 for
// facelint's tests: only the API facelint models, with the real
// signatures.
package sarama

import (
	"crypto/tls"
	"net"
	"time"

	"golang.org/x/net/proxy"
)

// Config is used to pass multiple configuration options to Sarama's constructors.
type Config struct {
	Net struct {
		MaxOpenRequests int

		DialTimeout  time.Duration // How long to wait for the initial connection.
		ReadTimeout  time.Duration // How long to wait for a response.
		WriteTimeout time.Duration // How long to wait for a transmit.

		ResolveCanonicalBootstrapServers bool

		TLS struct {
			Enable bool
			Config *tls.Config
		}

		SASL struct {
			Enable                   bool
			Mechanism                SASLMechanism
			Version                  int16
			Handshake                bool
			AuthIdentity             string
			User                     string
			Password                 string // #nosec G117 -- public SASL config schema; callers set this credential explicitly.
			SCRAMAuthzID             string
			SCRAMClientGeneratorFunc func() SCRAMClient
			TokenProvider            AccessTokenProvider

			GSSAPI GSSAPIConfig
		}

		KeepAlive time.Duration

		LocalAddr net.Addr

		Proxy struct {
			Enable bool
			Dialer proxy.Dialer
		}
	}
}

// SASLMechanism specifies the SASL mechanism the client uses to authenticate with the broker.
type SASLMechanism string

// AccessTokenProvider is the interface that encapsulates how implementors
// can generate access tokens for Kafka broker authentication.
type AccessTokenProvider interface{}

// SCRAMClient is a an interface to a SCRAM client implementation.
type SCRAMClient interface{}

// GSSAPIConfig holds the Kerberos settings.
type GSSAPIConfig struct{}

// NewConfig returns a new configuration instance with sane defaults.
func NewConfig() *Config { return &Config{} }

// Encoder is a simple interface for any type that can be encoded as an array of bytes.
type Encoder interface {
	Encode() ([]byte, error)
	Length() int
}

// ByteEncoder implements the Encoder interface for Go byte slices.
type ByteEncoder []byte

// Encode implements the Encoder interface.
func (b ByteEncoder) Encode() ([]byte, error) { return b, nil }

// Length implements the Encoder interface.
func (b ByteEncoder) Length() int { return len(b) }

// ProducerMessage is the collection of elements passed to the Producer in order to send a message.
type ProducerMessage struct {
	Topic string
	Key   Encoder
	Value Encoder
}

// SyncProducer publishes Kafka messages, blocking until they have been acknowledged.
type SyncProducer interface {
	SendMessage(msg *ProducerMessage) (partition int32, offset int64, err error)
	SendMessages(msgs []*ProducerMessage) error
	Close() error
}

type syncProducer struct{ conf *Config }

func (p *syncProducer) SendMessage(msg *ProducerMessage) (int32, int64, error) { return 0, 0, nil }
func (p *syncProducer) SendMessages(msgs []*ProducerMessage) error             { return nil }
func (p *syncProducer) Close() error                                           { return nil }

// NewSyncProducer creates a new SyncProducer using the given broker addresses and configuration.
func NewSyncProducer(addrs []string, config *Config) (SyncProducer, error) {
	return &syncProducer{conf: config}, nil
}

// AsyncProducer publishes Kafka messages using a non-blocking API.
type AsyncProducer interface {
	Close() error
	Input() chan<- *ProducerMessage
}

type asyncProducer struct {
	conf  *Config
	input chan *ProducerMessage
}

func (p *asyncProducer) Close() error                   { return nil }
func (p *asyncProducer) Input() chan<- *ProducerMessage { return p.input }

// NewAsyncProducer creates a new AsyncProducer using the given broker addresses and configuration.
func NewAsyncProducer(addrs []string, conf *Config) (AsyncProducer, error) {
	return &asyncProducer{conf: conf, input: make(chan *ProducerMessage)}, nil
}

// StringEncoder implements the Encoder interface for Go strings.
type StringEncoder string

// Encode returns the string's bytes.
func (s StringEncoder) Encode() ([]byte, error) { return []byte(s), nil }

// Length returns the string's length.
func (s StringEncoder) Length() int { return len(s) }
