// Package connect is a minimal stub of connectrpc.com/connect v1.21.1 for
// facelint's tests: only the API facelint models, with the real
// signatures.
package connect

import (
	"context"
	"net/http"
)

// Request is a request message with its metadata.
type Request[T any] struct {
	Msg *T
}

// Response is a response message with its metadata.
type Response[T any] struct {
	Msg *T
}

// NewRequest wraps a generated request message.
func NewRequest[T any](message *T) *Request[T] { return &Request[T]{Msg: message} }

// NewResponse wraps a generated response message.
func NewResponse[T any](message *T) *Response[T] { return &Response[T]{Msg: message} }

// HandlerOption configures a Handler.
type HandlerOption interface {
	applyToHandler(*handlerConfig)
}

// ClientOption configures a Client.
type ClientOption interface {
	applyToClient(*clientConfig)
}

type handlerConfig struct{}

type clientConfig struct{}

// Handler is the server side of an RPC.
type Handler struct{}

// ServeHTTP implements http.Handler.
func (h *Handler) ServeHTTP(responseWriter http.ResponseWriter, request *http.Request) {}

// NewUnaryHandler constructs a Handler for a request-response procedure.
func NewUnaryHandler[Req, Res any](
	procedure string,
	unary func(context.Context, *Request[Req]) (*Response[Res], error),
	options ...HandlerOption,
) *Handler {
	return &Handler{}
}

// HTTPClient is the interface connect expects HTTP clients to implement.
type HTTPClient interface {
	Do(*http.Request) (*http.Response, error)
}

// Client is a reusable, concurrency-safe client for a single procedure.
type Client[Req, Res any] struct{}

// NewClient constructs a new Client.
func NewClient[Req, Res any](httpClient HTTPClient, url string, options ...ClientOption) *Client[Req, Res] {
	return &Client[Req, Res]{}
}

// CallUnary calls a request-response procedure.
func (c *Client[Req, Res]) CallUnary(ctx context.Context, request *Request[Req]) (*Response[Res], error) {
	return nil, nil
}
