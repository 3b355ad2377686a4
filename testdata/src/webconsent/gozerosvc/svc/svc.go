// Package svc is the service context of a go-zero service: the
// dependencies handlers share, middleware among them.
package svc

import (
	"github.com/zeromicro/go-zero/rest"

	"webconsent/gozerosvc/middleware"
)

// ServiceContext holds the service's dependencies.
type ServiceContext struct {
	FaceConsent rest.Middleware
	Audit       rest.Middleware
}

// NewServiceContext makes the service context.
func NewServiceContext() *ServiceContext {
	return &ServiceContext{
		FaceConsent: middleware.NewConsentMiddleware().Handle,
		Audit:       middleware.NewAuditMiddleware().Handle,
	}
}
