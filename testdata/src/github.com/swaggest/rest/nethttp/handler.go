// Package nethttp is a minimal stub of github.com/swaggest/rest/nethttp
// v0.2.75 for facelint's tests.
package nethttp

import (
	"net/http"

	"github.com/swaggest/usecase"
)

// Handler is a use case http handler with documentation and inputPort validation.
type Handler struct{ useCase usecase.Interactor }

// NewHandler creates use case http handler.
func NewHandler(useCase usecase.Interactor, options ...func(h *Handler)) *Handler {
	return &Handler{useCase: useCase}
}

// ServeHTTP serves http inputPort with use case interactor.
func (h *Handler) ServeHTTP(w http.ResponseWriter, r *http.Request) {}
