// Package minio is a minimal stub of github.com/minio/minio-go/v7 v7.4.1 for facelint's tests: only the API facelint models, with the real signatures.
package minio

import (
	"context"
	"io"
	"net/http"
	"time"

	"github.com/minio/minio-go/v7/pkg/credentials"
	"github.com/minio/minio-go/v7/pkg/encrypt"
)

// BucketLookupType is type of url lookup supported by server.
type BucketLookupType int

// Options for New method.
type Options struct {
	Creds        *credentials.Credentials
	Secure       bool
	Transport    http.RoundTripper
	Region       string
	BucketLookup BucketLookupType
}

// Client implements Amazon S3 compatible methods.
type Client struct {
	endpoint string
	secure   bool
}

// New - instantiate minio client with options.
func New(endpoint string, opts *Options) (*Client, error) {
	c := &Client{endpoint: endpoint}
	if opts != nil {
		c.secure = opts.Secure
	}
	return c, nil
}

// UploadInfo contains information about the newly uploaded or copied object.
type UploadInfo struct {
	Bucket           string
	Key              string
	ETag             string
	Size             int64
	LastModified     time.Time
	Location         string
	VersionID        string
	Expiration       time.Time
	ExpirationRuleID string
}

// PutObjectOptions represents options specified by user for PutObject call.
type PutObjectOptions struct {
	UserMetadata         map[string]string
	UserTags             map[string]string
	Progress             io.Reader
	ContentType          string
	ContentEncoding      string
	ContentDisposition   string
	CacheControl         string
	Expires              time.Time
	RetainUntilDate      time.Time
	ServerSideEncryption encrypt.ServerSide
	StorageClass         string
	PartSize             uint64
	DisableMultipart     bool
}

// GetObjectOptions are used to specify additional headers or options
// during GET requests.
type GetObjectOptions struct {
	ServerSideEncryption encrypt.ServerSide
	VersionID            string
}

// RemoveObjectOptions represents options specified by user for RemoveObject call.
type RemoveObjectOptions struct {
	ForceDelete      bool
	GovernanceBypass bool
	VersionID        string
}

// MakeBucketOptions holds all options to tweak bucket creation.
type MakeBucketOptions struct {
	Region        string
	ObjectLocking bool
}

// Object represents an open object.
type Object struct {
	r io.Reader
}

// Read reads up to len(b) bytes into b.
func (o *Object) Read(b []byte) (n int, err error) { return 0, io.EOF }

// Close - The behavior of Close after the first call returns error
// for subsequent Close() calls.
func (o *Object) Close() (err error) { return nil }

// PutObject creates an object in a bucket.
func (c *Client) PutObject(ctx context.Context, bucketName, objectName string, reader io.Reader, size int64,
	opts PutObjectOptions,
) (info UploadInfo, err error) {
	return UploadInfo{Bucket: bucketName, Key: objectName, Size: size}, nil
}

// FPutObject - Create an object in a bucket, with contents from file at filePath.
func (c *Client) FPutObject(ctx context.Context, bucketName, objectName, filePath string, opts PutObjectOptions) (info UploadInfo, err error) {
	return UploadInfo{Bucket: bucketName, Key: objectName}, nil
}

// GetObject wrapper function that accepts a request context.
func (c *Client) GetObject(ctx context.Context, bucketName, objectName string, opts GetObjectOptions) (*Object, error) {
	return &Object{}, nil
}

// FGetObject - download contents of an object to a local file.
func (c *Client) FGetObject(ctx context.Context, bucketName, objectName, filePath string, opts GetObjectOptions) error {
	return nil
}

// RemoveObject removes an object from a bucket.
func (c *Client) RemoveObject(ctx context.Context, bucketName, objectName string, opts RemoveObjectOptions) error {
	return nil
}

// MakeBucket creates a new bucket with bucketName with a context to control cancellations and timeouts.
func (c *Client) MakeBucket(ctx context.Context, bucketName string, opts MakeBucketOptions) (err error) {
	return nil
}

// BucketExists verifies if bucket exists and you have permission to access it.
func (c *Client) BucketExists(ctx context.Context, bucketName string) (bool, error) {
	return true, nil
}
