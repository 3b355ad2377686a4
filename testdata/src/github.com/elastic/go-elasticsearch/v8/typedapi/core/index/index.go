// Package index is a minimal stub of github.com/elastic/go-elasticsearch/v8/typedapi/core/index v8.19.7 for facelint's tests: only the API facelint models, with the real signatures.
package index

import (
	"context"
	"io"
)

// Index creates or updates a document in an index.
type Index struct {
	raw      io.Reader
	document any
	index    string
	id       string
}

// Response holds the response body struct for the package index (subset).
type Response struct {
	Id_      string `json:"_id"`
	Index_   string `json:"_index"`
	Version_ int64  `json:"_version"`
}

// Id sets the unique identifier for the document.
func (r *Index) Id(id string) *Index {
	r.id = id
	return r
}

// Document allows to set the request property with the appropriate payload.
func (r *Index) Document(document any) *Index {
	r.document = document
	return r
}

// Do runs the request through the transport, handle the response and returns a index.Response.
func (r Index) Do(providedCtx context.Context) (*Response, error) {
	return &Response{Id_: r.id, Index_: r.index}, nil
}
