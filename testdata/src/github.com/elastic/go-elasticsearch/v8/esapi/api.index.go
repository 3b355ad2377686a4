// Package esapi is a minimal stub of github.com/elastic/go-elasticsearch/v8/esapi v8.19.7 for facelint's tests: only the API facelint models, with the real signatures.
package esapi

import (
	"context"
	"io"
	"net/http"
)

// Transport defines the interface for an API client.
type Transport interface {
	Perform(*http.Request) (*http.Response, error)
}

// Response represents the API response.
type Response struct {
	StatusCode int
	Header     http.Header
	Body       io.ReadCloser
}

// IndexRequest configures the Index API request.
type IndexRequest struct {
	Index      string
	DocumentID string

	Body io.Reader

	Refresh string
}

// Do executes the request and returns response or error.
func (r IndexRequest) Do(providedCtx context.Context, transport Transport) (*Response, error) {
	return &Response{StatusCode: 201}, nil
}

// Index creates or updates a document in an index.
type Index func(index string, body io.Reader, o ...func(*IndexRequest)) (*Response, error)

// Create creates a new document in the index.
type Create func(index string, id string, body io.Reader, o ...func(*CreateRequest)) (*Response, error)

// Update updates a document with a script or partial document.
type Update func(index string, id string, body io.Reader, o ...func(*UpdateRequest)) (*Response, error)

// Bulk allows to perform multiple index/update/delete operations in a
// single request.
type Bulk func(body io.Reader, o ...func(*BulkRequest)) (*Response, error)

// API contains the Elasticsearch APIs (subset).
type API struct {
	Bulk   Bulk
	Create Create
	Index  Index
	Update Update
}

// CreateRequest configures the Create API request.
type CreateRequest struct {
	Index      string
	DocumentID string

	Body io.Reader
}

// UpdateRequest configures the Update API request.
type UpdateRequest struct {
	Index      string
	DocumentID string

	Body io.Reader
}

// BulkRequest configures the Bulk API request.
type BulkRequest struct {
	Index string

	Body io.Reader
}
