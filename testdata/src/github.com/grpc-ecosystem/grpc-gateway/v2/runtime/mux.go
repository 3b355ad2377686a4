// Package runtime is a minimal stub of
// github.com/grpc-ecosystem/grpc-gateway/v2/runtime v2.34.0 for facelint's
// tests: only the API facelint models, with the real signatures.
package runtime

import "net/http"

// HandlerFunc is the signature used to configure a handler in the ServeMux.
type HandlerFunc func(w http.ResponseWriter, r *http.Request, pathParams map[string]string)

// Middleware allows for handler chaining.
type Middleware func(HandlerFunc) HandlerFunc

// ServeMux is a request multiplexer for grpc-gateway.
type ServeMux struct{}

// ServeMuxOption is an option that can be given to a ServeMux on construction.
type ServeMuxOption func(*ServeMux)

// NewServeMux returns a new ServeMux whose internal mapping is empty.
func NewServeMux(opts ...ServeMuxOption) *ServeMux { return &ServeMux{} }

// HandlePath allows users to configure custom path handlers.
func (s *ServeMux) HandlePath(meth string, pathPattern string, h HandlerFunc) error { return nil }

// ServeHTTP dispatches the request to the first handler whose pattern matches to r.Method and r.URL.Path.
func (s *ServeMux) ServeHTTP(w http.ResponseWriter, r *http.Request) {}
