// Package app is a minimal stub of github.com/cloudwego/hertz/pkg/app
// v0.10.4 for facelint's tests: only the API facelint models, with the
// real signatures.
package app

import (
	"context"
	"mime/multipart"
)

// HandlerFunc is the core type of Hertz handlers and middleware.
type HandlerFunc func(c context.Context, ctx *RequestContext)

// HandlersChain defines a HandlerFunc array.
type HandlersChain []HandlerFunc

// RequestContext represents a request and its response.
type RequestContext struct{}

// Next should be used only inside middleware.
func (ctx *RequestContext) Next(c context.Context) {}

// AbortWithStatus calls `Abort()` and writes the headers with the specified status code.
func (ctx *RequestContext) AbortWithStatus(code int) {}

// GetHeader returns value from request headers.
func (ctx *RequestContext) GetHeader(key string) []byte { return nil }

// FormFile returns the first file for the provided form key.
func (ctx *RequestContext) FormFile(name string) (*multipart.FileHeader, error) { return nil, nil }

// BindAndValidate binds data from *RequestContext to obj and validates them if needed.
func (ctx *RequestContext) BindAndValidate(obj interface{}) error { return nil }

// BindJSON binds JSON body data to obj.
func (ctx *RequestContext) BindJSON(obj interface{}) error { return nil }

// JSON serializes the given struct as JSON into the response body.
func (ctx *RequestContext) JSON(code int, obj interface{}) {}
