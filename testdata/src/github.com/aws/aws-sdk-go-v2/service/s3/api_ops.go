package s3

import (
	"context"
	"io"
	"time"

	"github.com/aws/aws-sdk-go-v2/service/s3/types"
)

// PutObject adds an object to a bucket.
func (c *Client) PutObject(ctx context.Context, params *PutObjectInput, optFns ...func(*Options)) (*PutObjectOutput, error) {
	return &PutObjectOutput{}, nil
}

// PutObjectInput is the input of PutObject.
type PutObjectInput struct {
	Bucket               *string
	Key                  *string
	Body                 io.Reader
	ContentLength        *int64
	ContentType          *string
	Expires              *time.Time
	Metadata             map[string]string
	SSEKMSKeyId          *string
	ServerSideEncryption types.ServerSideEncryption
	Tagging              *string
}

// PutObjectOutput is the output of PutObject.
type PutObjectOutput struct {
	ETag                 *string
	Expiration           *string
	SSEKMSKeyId          *string
	ServerSideEncryption types.ServerSideEncryption
	Size                 *int64
	VersionId            *string
}

// GetObject retrieves an object from Amazon S3.
func (c *Client) GetObject(ctx context.Context, params *GetObjectInput, optFns ...func(*Options)) (*GetObjectOutput, error) {
	return &GetObjectOutput{}, nil
}

// GetObjectInput is the input of GetObject.
type GetObjectInput struct {
	Bucket    *string
	Key       *string
	Range     *string
	VersionId *string
}

// GetObjectOutput is the output of GetObject.
type GetObjectOutput struct {
	Body                 io.ReadCloser
	ContentLength        *int64
	ContentType          *string
	ETag                 *string
	Expires              *time.Time
	LastModified         *time.Time
	Metadata             map[string]string
	ServerSideEncryption types.ServerSideEncryption
	VersionId            *string
}

// CreateMultipartUpload initiates a multipart upload and returns an upload ID.
func (c *Client) CreateMultipartUpload(ctx context.Context, params *CreateMultipartUploadInput, optFns ...func(*Options)) (*CreateMultipartUploadOutput, error) {
	return &CreateMultipartUploadOutput{}, nil
}

// CreateMultipartUploadInput is the input of CreateMultipartUpload.
type CreateMultipartUploadInput struct {
	Bucket               *string
	Key                  *string
	ContentType          *string
	ServerSideEncryption types.ServerSideEncryption
}

// CreateMultipartUploadOutput is the output of CreateMultipartUpload.
type CreateMultipartUploadOutput struct {
	Bucket   *string
	Key      *string
	UploadId *string
}

// UploadPart uploads a part in a multipart upload.
func (c *Client) UploadPart(ctx context.Context, params *UploadPartInput, optFns ...func(*Options)) (*UploadPartOutput, error) {
	return &UploadPartOutput{}, nil
}

// UploadPartInput is the input of UploadPart.
type UploadPartInput struct {
	Bucket     *string
	Key        *string
	PartNumber *int32
	UploadId   *string
	Body       io.Reader
}

// UploadPartOutput is the output of UploadPart.
type UploadPartOutput struct {
	ETag *string
}

// CompleteMultipartUpload completes a multipart upload by assembling previously uploaded parts.
func (c *Client) CompleteMultipartUpload(ctx context.Context, params *CompleteMultipartUploadInput, optFns ...func(*Options)) (*CompleteMultipartUploadOutput, error) {
	return &CompleteMultipartUploadOutput{}, nil
}

// CompleteMultipartUploadInput is the input of CompleteMultipartUpload.
type CompleteMultipartUploadInput struct {
	Bucket   *string
	Key      *string
	UploadId *string
}

// CompleteMultipartUploadOutput is the output of CompleteMultipartUpload.
type CompleteMultipartUploadOutput struct {
	Bucket   *string
	ETag     *string
	Key      *string
	Location *string
}

// AbortMultipartUpload aborts a multipart upload.
func (c *Client) AbortMultipartUpload(ctx context.Context, params *AbortMultipartUploadInput, optFns ...func(*Options)) (*AbortMultipartUploadOutput, error) {
	return &AbortMultipartUploadOutput{}, nil
}

// AbortMultipartUploadInput is the input of AbortMultipartUpload.
type AbortMultipartUploadInput struct {
	Bucket   *string
	Key      *string
	UploadId *string
}

// AbortMultipartUploadOutput is the output of AbortMultipartUpload.
type AbortMultipartUploadOutput struct{}
