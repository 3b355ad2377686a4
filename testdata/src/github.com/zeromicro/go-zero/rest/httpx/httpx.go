// Package httpx is a minimal stub of
// github.com/zeromicro/go-zero/rest/httpx v1.10.3 for facelint's tests:
// only the API facelint models, with the real signatures.
package httpx

import (
	"context"
	"net/http"
)

// Parse parses the request.
func Parse(r *http.Request, v any) error { return nil }

// OkJsonCtx writes v into w with 200 OK.
func OkJsonCtx(ctx context.Context, w http.ResponseWriter, v any) {}

// ErrorCtx writes err into w.
func ErrorCtx(ctx context.Context, w http.ResponseWriter, err error,
	fns ...func(w http.ResponseWriter, err error)) {
}
