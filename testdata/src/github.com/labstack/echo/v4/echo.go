// Package echo is a minimal stub of github.com/labstack/echo/v4 v4.16.6 for
// facelint's tests: only the API facelint models, with the real signatures.
package echo

import (
	"io"
	"mime/multipart"
)

// HandlerFunc defines a function to serve HTTP requests.
type HandlerFunc func(c Context) error

// MiddlewareFunc defines a function to process middleware.
type MiddlewareFunc func(next HandlerFunc) HandlerFunc

// Context represents the context of the current HTTP request.
type Context interface {
	FormValue(name string) string
	FormFile(name string) (*multipart.FileHeader, error)
	Bind(i any) error
	String(code int, s string) error
	JSON(code int, i any) error
	JSONBlob(code int, b []byte) error
	Blob(code int, contentType string, b []byte) error
	Stream(code int, contentType string, r io.Reader) error
	NoContent(code int) error
	Logger() Logger
}

// Logger defines the logging interface.
type Logger interface {
	Print(i ...any)
	Printf(format string, args ...any)
	Info(i ...any)
	Infof(format string, args ...any)
	Error(i ...any)
	Errorf(format string, args ...any)
}

// Route contains information to handle a request.
type Route struct {
	Method string `json:"method"`
	Path   string `json:"path"`
	Name   string `json:"name"`
}

// Echo is the top-level framework instance.
type Echo struct {
	Logger Logger
}

// Group is a set of sub-routes for a specified route.
type Group struct {
	prefix string
	echo   *Echo
}

// New creates an instance of Echo.
func New() (e *Echo) { return &Echo{} }

// Use adds middleware to the chain which is run after router.
func (e *Echo) Use(middleware ...MiddlewareFunc) {}

// GET registers a new GET route.
func (e *Echo) GET(path string, h HandlerFunc, m ...MiddlewareFunc) *Route { return nil }

// POST registers a new POST route.
func (e *Echo) POST(path string, h HandlerFunc, m ...MiddlewareFunc) *Route { return nil }

// Group creates a new router group with prefix and optional group-level middleware.
func (e *Echo) Group(prefix string, m ...MiddlewareFunc) (g *Group) {
	return &Group{prefix: prefix, echo: e}
}

// Use implements `Echo#Use()` for sub-routes within the Group.
func (g *Group) Use(middleware ...MiddlewareFunc) {}

// POST implements `Echo#POST()` for sub-routes within the Group.
func (g *Group) POST(path string, h HandlerFunc, m ...MiddlewareFunc) *Route { return nil }
