// Package manager is a minimal stub of github.com/aws/aws-sdk-go-v2/feature/s3/manager v1.23.22 for facelint's tests: only the API facelint models, with the real signatures.
package manager

import (
	"context"

	"github.com/aws/aws-sdk-go-v2/service/s3"
	"github.com/aws/aws-sdk-go-v2/service/s3/types"
)

// UploadAPIClient is an S3 API client that can be used by the Uploader.
type UploadAPIClient interface {
	PutObject(context.Context, *s3.PutObjectInput, ...func(*s3.Options)) (*s3.PutObjectOutput, error)
	UploadPart(context.Context, *s3.UploadPartInput, ...func(*s3.Options)) (*s3.UploadPartOutput, error)
	CreateMultipartUpload(context.Context, *s3.CreateMultipartUploadInput, ...func(*s3.Options)) (*s3.CreateMultipartUploadOutput, error)
	CompleteMultipartUpload(context.Context, *s3.CompleteMultipartUploadInput, ...func(*s3.Options)) (*s3.CompleteMultipartUploadOutput, error)
	AbortMultipartUpload(context.Context, *s3.AbortMultipartUploadInput, ...func(*s3.Options)) (*s3.AbortMultipartUploadOutput, error)
}

// UploadOutput represents a response from the Upload() call.
type UploadOutput struct {
	Location             string
	UploadID             string
	CompletedParts       []types.CompletedPart
	ETag                 *string
	Expiration           *string
	Key                  *string
	SSEKMSKeyId          *string
	ServerSideEncryption types.ServerSideEncryption
	VersionID            *string
}

// Uploader is the structure that calls Upload().
type Uploader struct {
	PartSize          int64
	Concurrency       int
	LeavePartsOnError bool
	MaxUploadParts    int32
	S3                UploadAPIClient
	ClientOptions     []func(*s3.Options)
}

// NewUploader creates a new Uploader instance to upload objects to S3.
func NewUploader(client UploadAPIClient, options ...func(*Uploader)) *Uploader {
	return &Uploader{S3: client}
}

// Upload uploads an object to S3, intelligently buffering large files into
// smaller chunks and sending them in parallel across multiple goroutines.
func (u Uploader) Upload(ctx context.Context, input *s3.PutObjectInput, opts ...func(*Uploader)) (
	*UploadOutput, error,
) {
	return &UploadOutput{}, nil
}
