// Package server is a minimal stub of
// github.com/cloudwego/hertz/pkg/app/server v0.10.4 for facelint's tests.
package server

import (
	"github.com/cloudwego/hertz/pkg/common/config"
	"github.com/cloudwego/hertz/pkg/route"
)

// Hertz is the core struct of hertz.
type Hertz struct {
	*route.Engine
}

// Default creates a hertz instance with default middlewares.
func Default(opts ...config.Option) *Hertz { return &Hertz{Engine: &route.Engine{}} }
