// Package route is a minimal stub of github.com/cloudwego/hertz/pkg/route
// v0.10.4 for facelint's tests.
package route

import "github.com/cloudwego/hertz/pkg/app"

// IRoutes defines all router handle interface.
type IRoutes interface {
	Use(...app.HandlerFunc) IRoutes
	POST(string, ...app.HandlerFunc) IRoutes
}

// RouterGroup is used internally to configure router.
type RouterGroup struct {
	Handlers app.HandlersChain
}

// Engine is the core of the HTTP server.
type Engine struct {
	RouterGroup
}

// Use adds middleware to the group.
func (group *RouterGroup) Use(middleware ...app.HandlerFunc) IRoutes { return group }

// Group creates a new router group.
func (group *RouterGroup) Group(relativePath string, handlers ...app.HandlerFunc) *RouterGroup {
	return group
}

// POST is a shortcut for router.Handle("POST", path, handle).
func (group *RouterGroup) POST(relativePath string, handlers ...app.HandlerFunc) IRoutes {
	return group
}

// Use attaches a global middleware to the router.
func (engine *Engine) Use(middleware ...app.HandlerFunc) IRoutes { return engine }
