// Package grpc is a minimal stub of google.golang.org/grpc v1.85.0 for facelint's tests: only the API facelint models, with the real signatures.
package grpc

import (
	"context"

	"google.golang.org/grpc/credentials"
	"google.golang.org/grpc/metadata"
)

// ClientConnInterface defines the functions clients need to perform unary and
// streaming RPCs.
type ClientConnInterface interface {
	// Invoke performs a unary RPC and returns after the response is received
	// into reply.
	Invoke(ctx context.Context, method string, args any, reply any, opts ...CallOption) error
	// NewStream begins a streaming RPC.
	NewStream(ctx context.Context, desc *StreamDesc, method string, opts ...CallOption) (ClientStream, error)
}

// Assert *ClientConn implements ClientConnInterface.
var _ ClientConnInterface = (*ClientConn)(nil)

// ClientConn represents a virtual connection to a conceptual endpoint, to
// perform RPCs.
type ClientConn struct {
	target string
	dopts  dialOptions
}

// NewClient creates a new gRPC "channel" for the target URI provided.
func NewClient(target string, opts ...DialOption) (conn *ClientConn, err error) {
	cc := &ClientConn{target: target}
	for _, opt := range opts {
		opt.apply(&cc.dopts)
	}
	return cc, nil
}

// Dial calls DialContext(context.Background(), target, opts...).
//
// Deprecated: use NewClient instead.
func Dial(target string, opts ...DialOption) (*ClientConn, error) {
	return DialContext(context.Background(), target, opts...)
}

// DialContext calls NewClient and then exits idle mode.
//
// Deprecated: use NewClient instead.
func DialContext(ctx context.Context, target string, opts ...DialOption) (conn *ClientConn, err error) {
	return NewClient(target, opts...)
}

// Invoke sends the RPC request on the wire and returns after response is
// received.
func (cc *ClientConn) Invoke(ctx context.Context, method string, args, reply any, opts ...CallOption) error {
	return nil
}

// NewStream creates a new Stream for the client side.
func (cc *ClientConn) NewStream(ctx context.Context, desc *StreamDesc, method string, opts ...CallOption) (ClientStream, error) {
	return &clientStream{ctx: ctx}, nil
}

// Target returns the target string of the ClientConn.
func (cc *ClientConn) Target() string { return cc.target }

// Connect causes all subchannels in the ClientConn to attempt to connect if
// the channel is idle.
func (cc *ClientConn) Connect() {}

// Close tears down the ClientConn and all underlying connections.
func (cc *ClientConn) Close() error { return nil }

type dialOptions struct {
	creds    credentials.TransportCredentials
	insecure bool
	block    bool
	callOpts []CallOption
}

// DialOption configures how we set up the connection.
type DialOption interface {
	apply(*dialOptions)
}

// EmptyDialOption does not alter the dial configuration.
type EmptyDialOption struct{}

func (EmptyDialOption) apply(*dialOptions) {}

type funcDialOption struct {
	f func(*dialOptions)
}

func (fdo *funcDialOption) apply(do *dialOptions) { fdo.f(do) }

func newFuncDialOption(f func(*dialOptions)) *funcDialOption {
	return &funcDialOption{f: f}
}

// WithDefaultCallOptions returns a DialOption which sets the default
// CallOptions for calls over the connection.
func WithDefaultCallOptions(cos ...CallOption) DialOption {
	return newFuncDialOption(func(o *dialOptions) { o.callOpts = append(o.callOpts, cos...) })
}

// WithBlock returns a DialOption which makes callers of Dial block until the
// underlying connection is up.
//
// Deprecated: this DialOption is not supported by NewClient.
func WithBlock() DialOption {
	return newFuncDialOption(func(o *dialOptions) { o.block = true })
}

// WithInsecure returns a DialOption which disables transport security for this
// ClientConn.
//
// Deprecated: use WithTransportCredentials and insecure.NewCredentials()
// instead.
func WithInsecure() DialOption {
	return newFuncDialOption(func(o *dialOptions) { o.insecure = true })
}

// WithTransportCredentials returns a DialOption which configures a connection
// level security credentials (e.g., TLS/SSL).
func WithTransportCredentials(creds credentials.TransportCredentials) DialOption {
	return newFuncDialOption(func(o *dialOptions) { o.creds = creds })
}

type callInfo struct {
	headerMD     *metadata.MD
	waitForReady bool
	subtype      string
}

type csAttempt struct{}

// CallOption configures a Call before it starts or extracts information from
// a Call after it completes.
type CallOption interface {
	before(*callInfo) error
	after(*callInfo, *csAttempt)
}

// EmptyCallOption does not alter the Call configuration.
type EmptyCallOption struct{}

func (EmptyCallOption) before(*callInfo) error      { return nil }
func (EmptyCallOption) after(*callInfo, *csAttempt) {}

// HeaderCallOption is a CallOption for collecting response header metadata.
type HeaderCallOption struct {
	HeaderAddr *metadata.MD
}

func (o HeaderCallOption) before(c *callInfo) error    { c.headerMD = o.HeaderAddr; return nil }
func (o HeaderCallOption) after(*callInfo, *csAttempt) {}

// Header returns a CallOptions that retrieves the header metadata
// for a unary RPC.
func Header(md *metadata.MD) CallOption {
	return HeaderCallOption{HeaderAddr: md}
}

// FailFastCallOption is a CallOption for indicating whether an RPC should fail
// fast or not.
type FailFastCallOption struct {
	FailFast bool
}

func (o FailFastCallOption) before(c *callInfo) error    { c.waitForReady = !o.FailFast; return nil }
func (o FailFastCallOption) after(*callInfo, *csAttempt) {}

// WaitForReady configures the RPC's behavior when the client is in
// TRANSIENT_FAILURE.
func WaitForReady(waitForReady bool) CallOption {
	return FailFastCallOption{FailFast: !waitForReady}
}
