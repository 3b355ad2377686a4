// Package websocket is a minimal stub of github.com/gorilla/websocket v1.5.3 for facelint's tests: only the API facelint models, with the real signatures.
package websocket

import (
	"crypto/tls"
	"errors"
	"io"
	"net"
	"net/http"
	"net/url"
	"time"
)

// Close codes defined in RFC 6455, section 11.7.
const (
	CloseNormalClosure = 1000
	CloseGoingAway     = 1001
)

// The message types are defined in RFC 6455, section 11.8.
const (
	// TextMessage denotes a text data message.
	TextMessage = 1

	// BinaryMessage denotes a binary data message.
	BinaryMessage = 2

	// CloseMessage denotes a close control message.
	CloseMessage = 8

	// PingMessage denotes a ping control message.
	PingMessage = 9

	// PongMessage denotes a pong control message.
	PongMessage = 10
)

// ErrBadHandshake is returned when the server response to opening handshake is
// invalid.
var ErrBadHandshake = errors.New("websocket: bad handshake")

// BufferPool represents a pool of buffers.
type BufferPool interface {
	Get() interface{}
	Put(interface{})
}

// Conn represents a WebSocket connection.
type Conn struct {
	conn        net.Conn
	subprotocol string
}

// Subprotocol returns the negotiated protocol for the connection.
func (c *Conn) Subprotocol() string { return c.subprotocol }

// Close closes the underlying network connection without sending or waiting
// for a close message.
func (c *Conn) Close() error { return nil }

// LocalAddr returns the local network address.
func (c *Conn) LocalAddr() net.Addr { return nil }

// RemoteAddr returns the remote network address.
func (c *Conn) RemoteAddr() net.Addr { return nil }

// WriteControl writes a control message with the given deadline.
func (c *Conn) WriteControl(messageType int, data []byte, deadline time.Time) error { return nil }

// NextWriter returns a writer for the next message to send.
func (c *Conn) NextWriter(messageType int) (io.WriteCloser, error) { return nopWriteCloser{}, nil }

type nopWriteCloser struct{}

func (nopWriteCloser) Write(p []byte) (int, error) { return len(p), nil }
func (nopWriteCloser) Close() error                { return nil }

// WritePreparedMessage writes prepared message into connection.
func (c *Conn) WritePreparedMessage(pm *PreparedMessage) error { return nil }

// WriteMessage is a helper method for getting a writer using NextWriter,
// writing the message and closing the writer.
func (c *Conn) WriteMessage(messageType int, data []byte) error { return nil }

// SetWriteDeadline sets the write deadline on the underlying network
// connection.
func (c *Conn) SetWriteDeadline(t time.Time) error { return nil }

// ReadMessage is a helper method for getting a reader using NextReader and
// reading from that reader to a buffer.
func (c *Conn) ReadMessage() (messageType int, p []byte, err error) { return TextMessage, nil, nil }

// WriteJSON writes the JSON encoding of v as a message.
//
// Deprecated: Use c.WriteJSON instead.
func WriteJSON(c *Conn, v interface{}) error { return c.WriteJSON(v) }

// WriteJSON writes the JSON encoding of v as a message.
func (c *Conn) WriteJSON(v interface{}) error { return nil }

// ReadJSON reads the next JSON-encoded message from the connection and stores
// it in the value pointed to by v.
//
// Deprecated: Use c.ReadJSON instead.
func ReadJSON(c *Conn, v interface{}) error { return c.ReadJSON(v) }

// ReadJSON reads the next JSON-encoded message from the connection and stores
// it in the value pointed to by v.
func (c *Conn) ReadJSON(v interface{}) error { return nil }

// FormatCloseMessage formats closeCode and text as a WebSocket close message.
func FormatCloseMessage(closeCode int, text string) []byte { return []byte(text) }

// PreparedMessage caches on the wire representations of a message payload.
type PreparedMessage struct {
	messageType int
	data        []byte
}

// NewPreparedMessage returns an initialized PreparedMessage.
func NewPreparedMessage(messageType int, data []byte) (*PreparedMessage, error) {
	return &PreparedMessage{messageType: messageType, data: data}, nil
}

// A Dialer contains options for connecting to WebSocket server.
type Dialer struct {
	NetDial           func(network, addr string) (net.Conn, error)
	Proxy             func(*http.Request) (*url.URL, error)
	TLSClientConfig   *tls.Config
	HandshakeTimeout  time.Duration
	ReadBufferSize    int
	WriteBufferSize   int
	WriteBufferPool   BufferPool
	Subprotocols      []string
	EnableCompression bool
	Jar               http.CookieJar
}

// DefaultDialer is a dialer with all fields set to the default values.
var DefaultDialer = &Dialer{
	Proxy:            http.ProxyFromEnvironment,
	HandshakeTimeout: 45 * time.Second,
}
