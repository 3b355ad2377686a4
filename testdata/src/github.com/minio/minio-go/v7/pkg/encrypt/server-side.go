// Package encrypt is a minimal stub of github.com/minio/minio-go/v7/pkg/encrypt v7.4.1 for facelint's tests: only the API facelint models, with the real signatures.
package encrypt

import "net/http"

// Type is the server-side-encryption method.
type Type string

// Server-side encryption methods.
const (
	SSEC Type = "SSE-C"
	KMS  Type = "KMS"
	S3   Type = "S3"
)

// ServerSide is a form of S3 server-side-encryption.
type ServerSide interface {
	Type() Type
	Marshal(h http.Header)
}

type s3 struct{}

func (s s3) Type() Type            { return S3 }
func (s s3) Marshal(h http.Header) { h.Set("X-Amz-Server-Side-Encryption", "AES256") }

// NewSSE returns a server-side-encryption using S3 and managed keys.
func NewSSE() ServerSide { return s3{} }
