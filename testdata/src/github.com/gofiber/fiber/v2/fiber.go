// Package fiber is a minimal stub of github.com/gofiber/fiber/v2 v2.52.15
// for facelint's tests: only the API facelint models, with the real
// signatures.
package fiber

import "mime/multipart"

// Handler defines a function to serve HTTP requests.
type Handler = func(*Ctx) error

// Config is a struct holding the server settings.
type Config struct{}

// App denotes the Fiber application.
type App struct{}

// Group struct
type Group struct{ app *App }

// Ctx represents the Context which hold the HTTP request and response.
type Ctx struct{}

// Router defines all router handle interface, including app and group router.
type Router interface {
	Use(args ...interface{}) Router
	Post(path string, handlers ...Handler) Router
	Group(prefix string, handlers ...Handler) Router
}

// New creates a new Fiber named instance.
func New(config ...Config) *App { return &App{} }

// Use registers a middleware route.
func (app *App) Use(args ...interface{}) Router { return app }

// Post registers a route for POST methods.
func (app *App) Post(path string, handlers ...Handler) Router { return app }

// Group is used for Routes with common prefix to define a new sub-router with optional middleware.
func (app *App) Group(prefix string, handlers ...Handler) Router { return &Group{app: app} }

// Use registers a middleware route.
func (grp *Group) Use(args ...interface{}) Router { return grp }

// Post registers a route for POST methods.
func (grp *Group) Post(path string, handlers ...Handler) Router { return grp }

// Group is used for Routes with common prefix to define a new sub-router with optional middleware.
func (grp *Group) Group(prefix string, handlers ...Handler) Router { return grp }

// BodyParser binds the request body to a struct.
func (c *Ctx) BodyParser(out interface{}) error { return nil }

// FormFile returns the first file by key from a MultipartForm.
func (c *Ctx) FormFile(key string) (*multipart.FileHeader, error) { return nil, nil }

// JSON converts any interface or string to JSON.
func (c *Ctx) JSON(data interface{}, ctype ...string) error { return nil }

// Next executes the next method in the stack that matches the current route.
func (c *Ctx) Next() error { return nil }

// SendStatus sets the HTTP status code and if the response body is empty,
// it sets the correct status message in the body.
func (c *Ctx) SendStatus(status int) error { return nil }

// Get returns the HTTP request header specified by field.
func (c *Ctx) Get(key string, defaultValue ...string) string { return "" }

// Map is a shortcut for map[string]interface{}, useful for JSON returns
type Map map[string]interface{}

// HTTP status codes were copied from net/http with the following updates:
const (
	StatusForbidden = 403 // RFC 9110, 15.5.4
)
