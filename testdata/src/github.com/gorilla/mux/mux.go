// Package mux is a minimal stub of github.com/gorilla/mux v1.8.1 for
// facelint's tests: only the API facelint models, with the real
// signatures.
package mux

import "net/http"

// MiddlewareFunc is a function which receives an http.Handler and returns another http.Handler.
type MiddlewareFunc func(http.Handler) http.Handler

// Router registers routes to be matched and dispatches a handler.
type Router struct{}

// Route stores information to match a request and build URLs.
type Route struct{ router *Router }

// NewRouter returns a new router instance.
func NewRouter() *Router { return &Router{} }

// ServeHTTP dispatches the handler registered in the matched route.
func (r *Router) ServeHTTP(w http.ResponseWriter, req *http.Request) {}

// Use appends a MiddlewareFunc to the chain.
func (r *Router) Use(mwf ...MiddlewareFunc) {}

// HandleFunc registers a new route with a matcher for the URL path.
func (r *Router) HandleFunc(path string, f func(http.ResponseWriter,
	*http.Request)) *Route {
	return &Route{router: r}
}

// PathPrefix registers a new route with a matcher for the URL path prefix.
func (r *Router) PathPrefix(tpl string) *Route { return &Route{router: r} }

// Methods adds a matcher for HTTP methods.
func (r *Route) Methods(methods ...string) *Route { return r }

// Subrouter creates a subrouter for the route.
func (r *Route) Subrouter() *Router { return &Router{} }
