// Package config is a minimal stub of
// github.com/cloudwego/hertz/pkg/common/config v0.10.4 for facelint's tests.
package config

// Option is the only struct that can be used to set Options.
type Option struct {
	F func(o *Options)
}

// Options is the server configuration.
type Options struct{}
