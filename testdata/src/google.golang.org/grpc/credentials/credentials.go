// Package credentials is a minimal stub of google.golang.org/grpc/credentials v1.85.0 for facelint's tests: only the API facelint models, with the real signatures.
package credentials

import (
	"context"
	"crypto/tls"
	"net"
)

// ProtocolInfo provides static information regarding transport credentials.
type ProtocolInfo struct {
	ProtocolVersion  string
	SecurityProtocol string
	SecurityVersion  string
}

// AuthInfo defines the common interface for the auth information the users are interested in.
type AuthInfo interface {
	AuthType() string
}

// TransportCredentials defines the common interface for all the live gRPC wire
// protocols and supported transport security protocols (e.g., TLS, SSL).
type TransportCredentials interface {
	ClientHandshake(context.Context, string, net.Conn) (net.Conn, AuthInfo, error)
	ServerHandshake(net.Conn) (net.Conn, AuthInfo, error)
	Info() ProtocolInfo
	Clone() TransportCredentials
	OverrideServerName(string) error
}

type tlsCreds struct {
	config *tls.Config
}

func (c *tlsCreds) ClientHandshake(ctx context.Context, authority string, rawConn net.Conn) (net.Conn, AuthInfo, error) {
	return rawConn, nil, nil
}

func (c *tlsCreds) ServerHandshake(rawConn net.Conn) (net.Conn, AuthInfo, error) {
	return rawConn, nil, nil
}

func (c tlsCreds) Info() ProtocolInfo {
	return ProtocolInfo{SecurityProtocol: "tls", SecurityVersion: "1.2"}
}

func (c *tlsCreds) Clone() TransportCredentials { return &tlsCreds{config: c.config.Clone()} }

func (c *tlsCreds) OverrideServerName(serverNameOverride string) error {
	c.config.ServerName = serverNameOverride
	return nil
}

// NewTLS uses c to construct a TransportCredentials based on TLS.
func NewTLS(c *tls.Config) TransportCredentials {
	if c == nil {
		c = &tls.Config{}
	}
	return &tlsCreds{config: c.Clone()}
}

// NewClientTLSFromFile constructs TLS credentials from the provided root
// certificate authority certificate file(s) to validate server connections.
func NewClientTLSFromFile(certFile, serverNameOverride string) (TransportCredentials, error) {
	return NewTLS(&tls.Config{ServerName: serverNameOverride}), nil
}
