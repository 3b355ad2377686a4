// Package fiber is a minimal stub of github.com/gofiber/fiber/v3 v3.1.0 for
// facelint's tests: only the API facelint models, with the real signatures.
package fiber

import "mime/multipart"

// Handler defines a function to serve HTTP requests.
type Handler = func(Ctx) error

// Config is a struct holding the server settings.
type Config struct{}

// App denotes the Fiber application.
type App struct{}

// Group represents a collection of routes that share middleware and a common path prefix.
type Group struct{ app *App }

// Ctx represents the Context which hold the HTTP request and response.
type Ctx interface {
	Bind() *Bind
	FormFile(key string) (*multipart.FileHeader, error)
	JSON(data any, ctype ...string) error
	Next() error
	SendStatus(status int) error
	Get(key string, defaultValue ...string) string
}

// Bind provides helper methods for binding request data to Go structs.
type Bind struct{}

// Body binds the request body into the struct, map[string]string and map[string][]string.
func (b *Bind) Body(out any) error { return nil }

// JSON binds the body string into the struct.
func (b *Bind) JSON(out any) error { return nil }

// Router defines all router handle interface, including app and group router.
type Router interface {
	Use(args ...any) Router
	Post(path string, handler any, handlers ...any) Router
	Group(prefix string, handlers ...any) Router
}

// New creates a new Fiber named instance.
func New(config ...Config) *App { return &App{} }

// Use registers a middleware route.
func (app *App) Use(args ...any) Router { return app }

// Post registers a route for POST methods.
func (app *App) Post(path string, handler any, handlers ...any) Router { return app }

// Group is used for Routes with common prefix to define a new sub-router with optional middleware.
func (app *App) Group(prefix string, handlers ...any) Router { return &Group{app: app} }

// Use registers a middleware route.
func (grp *Group) Use(args ...any) Router { return grp }

// Post registers a route for POST methods.
func (grp *Group) Post(path string, handler any, handlers ...any) Router { return grp }

// Group is used for Routes with common prefix to define a new sub-router with optional middleware.
func (grp *Group) Group(prefix string, handlers ...any) Router { return grp }
