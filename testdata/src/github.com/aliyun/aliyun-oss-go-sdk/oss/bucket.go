// Package oss is a minimal stub of github.com/aliyun/aliyun-oss-go-sdk/oss v3.0.2 for facelint's tests: only the API facelint models, with the real signatures.
package oss

import (
	"io"
	"strings"
)

type (
	// ClientOption client option such as UseCname, Timeout, SecurityToken.
	ClientOption func(*Client)

	optionValue struct {
		Value interface{}
	}

	// Option HTTP option
	Option func(map[string]optionValue) error
)

// Client OSS client.
type Client struct {
	endpoint string
}

// New creates a new client.
func New(endpoint, accessKeyID, accessKeySecret string, options ...ClientOption) (*Client, error) {
	c := &Client{endpoint: endpoint}
	for _, o := range options {
		o(c)
	}
	return c, nil
}

// Bucket gets the bucket instance.
func (client Client) Bucket(bucketName string) (*Bucket, error) {
	return &Bucket{Client: client, BucketName: bucketName}, nil
}

// Bucket implements the operations of object.
type Bucket struct {
	Client     Client
	BucketName string
}

// ServerSideEncryption is an option to set X-Oss-Server-Side-Encryption header.
func ServerSideEncryption(value string) Option {
	return func(params map[string]optionValue) error {
		params["X-Oss-Server-Side-Encryption"] = optionValue{value}
		return nil
	}
}

// PutObject creates a new object and it will overwrite the original one if it exists already.
func (bucket Bucket) PutObject(objectKey string, reader io.Reader, options ...Option) error {
	return nil
}

// GetObject downloads the object.
func (bucket Bucket) GetObject(objectKey string, options ...Option) (io.ReadCloser, error) {
	return io.NopCloser(strings.NewReader("")), nil
}
