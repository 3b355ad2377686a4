// Package hlog is a minimal stub of
// github.com/cloudwego/hertz/pkg/common/hlog v0.10.4 for facelint's tests.
package hlog

import "context"

// Infof calls the default logger's Infof method.
func Infof(format string, v ...interface{}) {}

// CtxInfof calls the default logger's CtxInfof method.
func CtxInfof(ctx context.Context, format string, v ...interface{}) {}
