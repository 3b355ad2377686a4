// Package proxy is a minimal stub of golang.org/x/net/proxy for facelint's
// tests (the type a sarama configuration refers to).
package proxy

import "net"

// A Dialer is a means to establish a connection.
type Dialer interface {
	Dial(network, addr string) (c net.Conn, err error)
}
