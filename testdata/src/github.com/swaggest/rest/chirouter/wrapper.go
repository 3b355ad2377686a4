// Package chirouter is a minimal stub of
// github.com/swaggest/rest/chirouter v0.2.75 for facelint's tests.
package chirouter

import (
	"net/http"

	"github.com/go-chi/chi/v5"
)

// Wrapper wraps chi.Router to enable unwrappable handlers in middlewares.
type Wrapper struct {
	chi.Router
}

// NewWrapper creates router wrapper to upgrade middlewares processing.
func NewWrapper(r chi.Router) *Wrapper { return &Wrapper{Router: r} }

// Use appends one of more middlewares onto the Router stack.
func (r *Wrapper) Use(middlewares ...func(http.Handler) http.Handler) {}

// Method adds routes for `pattern` that matches the `method` HTTP method.
func (r *Wrapper) Method(method, pattern string, h http.Handler) {}
