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
