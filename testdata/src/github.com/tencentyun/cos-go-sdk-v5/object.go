// Package cos is a minimal stub of github.com/tencentyun/cos-go-sdk-v5 v0.7.70 for facelint's tests: only the API facelint models, with the real signatures.
package cos

import (
	"context"
	"io"
	"net/http"
	"net/url"
)

// BaseURL holds the base URLs of the APIs (subset).
type BaseURL struct {
	BucketURL  *url.URL
	ServiceURL *url.URL
}

type service struct {
	client *Client
}

// ObjectService handles the object APIs.
type ObjectService service

// Client manages communication with the COS API (subset).
type Client struct {
	client *http.Client

	BaseURL *BaseURL
	Object  *ObjectService
}

// NewClient returns a new COS API client.
func NewClient(uri *BaseURL, httpClient *http.Client) *Client {
	c := &Client{client: httpClient, BaseURL: uri}
	c.Object = &ObjectService{client: c}
	return c
}

// Response wraps http.Response.
type Response struct {
	*http.Response
}

// ObjectPutHeaderOptions holds the headers of an object upload (subset).
type ObjectPutHeaderOptions struct {
	ContentType              string `header:"Content-Type,omitempty" url:"-"`
	XCosServerSideEncryption string `header:"x-cos-server-side-encryption,omitempty" url:"-" xml:"-"`
}

// ObjectPutOptions is the option of object upload (subset).
type ObjectPutOptions struct {
	*ObjectPutHeaderOptions `header:",omitempty" url:"-" xml:"-"`
}

// Put uploads an object.
func (s *ObjectService) Put(ctx context.Context, name string, r io.Reader, uopt *ObjectPutOptions) (*Response, error) {
	return &Response{}, nil
}
