// Package rest is a minimal stub of github.com/zeromicro/go-zero/rest
// v1.10.3 for facelint's tests: only the API facelint models, with the
// real signatures.
package rest

import "net/http"

type (
	// RestConf is the configuration of a REST server.
	RestConf struct {
		Host string
		Port int
	}

	// Middleware is a handler wrapper.
	Middleware func(next http.HandlerFunc) http.HandlerFunc

	// Route is a route: a method, a path and its handler.
	Route struct {
		Method  string
		Path    string
		Handler http.HandlerFunc
	}

	// RouteOption customises routes.
	RouteOption func(r *featuredRoutes)

	// RunOption customises a server.
	RunOption func(*Server)

	// Server is a REST server.
	Server struct{}

	featuredRoutes struct{}
)

// MustNewServer returns a server with c and opts.
func MustNewServer(c RestConf, opts ...RunOption) *Server { return &Server{} }

// AddRoute adds a route.
func (s *Server) AddRoute(r Route, opts ...RouteOption) {}

// AddRoutes adds routes.
func (s *Server) AddRoutes(rs []Route, opts ...RouteOption) {}

// Use adds a middleware to every route.
func (s *Server) Use(middleware Middleware) {}

// Start starts the server.
func (s *Server) Start() {}

// WithMiddlewares adds the middlewares ms to the routes rs.
func WithMiddlewares(ms []Middleware, rs ...Route) []Route { return rs }

// WithMiddleware adds middleware to the routes rs.
func WithMiddleware(middleware Middleware, rs ...Route) []Route { return rs }

// WithPrefix prefixes the paths of the routes with group.
func WithPrefix(group string) RouteOption { return nil }
