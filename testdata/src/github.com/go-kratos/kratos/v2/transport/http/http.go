// Package http is a minimal stub of
// github.com/go-kratos/kratos/v2/transport/http v2.8.3 for facelint's
// tests: only the API facelint models, with the real signatures.
package http

import "net/http"

// Context is an HTTP Context.
type Context interface {
	Request() *http.Request
	Bind(interface{}) error
	JSON(int, interface{}) error
}

// HandlerFunc defines a function to serve HTTP requests.
type HandlerFunc func(Context) error

// FilterFunc is a function which receives an http.Handler and returns another http.Handler.
type FilterFunc func(http.Handler) http.Handler

// ServerOption is an HTTP server option.
type ServerOption func(*Server)

// Server is an HTTP server wrapper.
type Server struct{}

// Router is an HTTP router.
type Router struct{ srv *Server }

// NewServer creates an HTTP server by options.
func NewServer(opts ...ServerOption) *Server { return &Server{} }

// Route registers an HTTP router.
func (s *Server) Route(prefix string, filters ...FilterFunc) *Router { return &Router{srv: s} }

// Group returns a new router group.
func (r *Router) Group(prefix string, filters ...FilterFunc) *Router { return r }

// POST registers a new POST route for a path with matching handler in the router.
func (r *Router) POST(path string, h HandlerFunc, m ...FilterFunc) {}
