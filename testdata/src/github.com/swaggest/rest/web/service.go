// Package web is a minimal stub of github.com/swaggest/rest/web v0.2.75
// for facelint's tests.
package web

import (
	"github.com/swaggest/rest/chirouter"
	"github.com/swaggest/rest/nethttp"
	"github.com/swaggest/usecase"
)

// Service keeps instrumented router and documentation collector.
type Service struct {
	*chirouter.Wrapper
}

// DefaultService initializes router and other basic components of web service.
func DefaultService(options ...func(s *Service, initialized bool)) *Service {
	return &Service{}
}

// Post adds the route `pattern` that matches a POST http method to invoke use case interactor.
func (s *Service) Post(pattern string, uc usecase.Interactor, options ...func(h *nethttp.Handler)) {}
