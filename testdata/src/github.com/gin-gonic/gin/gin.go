// Package gin is a minimal stub of github.com/gin-gonic/gin v1.12.0 for facelint's tests: only the API facelint models, with the real signatures.
package gin

import (
	"net/http"
)

// HandlerFunc defines the handler used by gin middleware as return value.
type HandlerFunc func(*Context)

// OptionFunc defines the function to change the default configuration.
type OptionFunc func(*Engine)

// HandlersChain defines a HandlerFunc slice.
type HandlersChain []HandlerFunc

// H is a shortcut for map[string]any.
type H map[string]any

// Engine is the framework's instance, it contains the muxer, middleware and configuration settings.
type Engine struct {
	RouterGroup

	RedirectTrailingSlash  bool
	HandleMethodNotAllowed bool

	noRoute HandlersChain
}

var _ IRouter = (*Engine)(nil)

// New returns a new blank Engine instance without any middleware attached.
func New(opts ...OptionFunc) *Engine {
	engine := &Engine{RouterGroup: RouterGroup{basePath: "/", root: true}}
	engine.RouterGroup.engine = engine
	for _, opt := range opts {
		opt(engine)
	}
	return engine
}

// Default returns an Engine instance with the Logger and Recovery middleware already attached.
func Default(opts ...OptionFunc) *Engine {
	return New(opts...)
}

// Handler returns the engine as an http.Handler.
func (engine *Engine) Handler() http.Handler { return engine }

// NoRoute adds handlers for NoRoute. It returns a 404 code by default.
func (engine *Engine) NoRoute(handlers ...HandlerFunc) { engine.noRoute = handlers }

// Use attaches a global middleware to the router.
func (engine *Engine) Use(middleware ...HandlerFunc) IRoutes {
	engine.RouterGroup.Use(middleware...)
	return engine
}

// Run attaches the router to a http.Server and starts listening and serving HTTP requests.
func (engine *Engine) Run(addr ...string) (err error) { return nil }

// RunTLS attaches the router to a http.Server and starts listening and serving HTTPS (secure) requests.
func (engine *Engine) RunTLS(addr, certFile, keyFile string) (err error) { return nil }

// ServeHTTP conforms to the http.Handler interface.
func (engine *Engine) ServeHTTP(w http.ResponseWriter, req *http.Request) {}
