// Package chi is a minimal stub of github.com/go-chi/chi/v5 v5.5.0 for
// facelint's tests: only the API facelint models, with the real
// signatures.
package chi

import "net/http"

// Router consisting of the core routing methods used by chi's Mux.
type Router interface {
	http.Handler
	Use(middlewares ...func(http.Handler) http.Handler)
	With(middlewares ...func(http.Handler) http.Handler) Router
	Group(fn func(r Router)) Router
	Route(pattern string, fn func(r Router)) Router
	Post(pattern string, h http.HandlerFunc)
	Method(method, pattern string, h http.Handler)
}

// Mux is a simple HTTP route multiplexer.
type Mux struct{}

// NewRouter returns a new Mux object that implements the Router interface.
func NewRouter() *Mux { return &Mux{} }

// ServeHTTP is the single method of the http.Handler interface.
func (mx *Mux) ServeHTTP(w http.ResponseWriter, r *http.Request) {}

// Use appends a middleware handler to the Mux middleware stack.
func (mx *Mux) Use(middlewares ...func(http.Handler) http.Handler) {}

// With adds inline middlewares for an endpoint handler.
func (mx *Mux) With(middlewares ...func(http.Handler) http.Handler) Router { return mx }

// Group creates a new inline-Mux with a copy of middleware stack.
func (mx *Mux) Group(fn func(r Router)) Router {
	fn(mx)
	return mx
}

// Route creates a new Mux and mounts it along the pattern as a subrouter.
func (mx *Mux) Route(pattern string, fn func(r Router)) Router {
	fn(mx)
	return mx
}

// Post adds the route `pattern` that matches a POST http method.
func (mx *Mux) Post(pattern string, handlerFn http.HandlerFunc) {}

// Method adds the route `pattern` that matches `method` http method to
// execute the `handler` http.Handler.
func (mx *Mux) Method(method, pattern string, handler http.Handler) {}
