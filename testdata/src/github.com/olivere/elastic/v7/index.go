// Package elastic is a minimal stub of github.com/olivere/elastic/v7 v7.0.32 for facelint's tests: only the API facelint models, with the real signatures.
package elastic

import "context"

// ClientOptionFunc is a function that configures a Client.
type ClientOptionFunc func(*Client) error

// Client is an Elasticsearch client.
type Client struct {
	url string
}

// NewClient creates a new client to work with Elasticsearch.
func NewClient(options ...ClientOptionFunc) (*Client, error) {
	c := &Client{}
	for _, o := range options {
		if err := o(c); err != nil {
			return nil, err
		}
	}
	return c, nil
}

// Index a document.
func (c *Client) Index() *IndexService { return &IndexService{client: c} }

// IndexService adds or updates a typed JSON document in a specified index.
type IndexService struct {
	client   *Client
	index    string
	id       string
	bodyJson interface{}
}

// Index is the name of the index.
func (s *IndexService) Index(index string) *IndexService {
	s.index = index
	return s
}

// Id is the document ID.
func (s *IndexService) Id(id string) *IndexService {
	s.id = id
	return s
}

// BodyJson is the document as a serializable JSON interface.
func (s *IndexService) BodyJson(body interface{}) *IndexService {
	s.bodyJson = body
	return s
}

// Do executes the index operation.
func (s *IndexService) Do(ctx context.Context) (*IndexResponse, error) {
	return &IndexResponse{Index: s.index, Id: s.id}, nil
}

// IndexResponse is the result of indexing a document in Elasticsearch.
type IndexResponse struct {
	Index   string `json:"_index,omitempty"`
	Type    string `json:"_type,omitempty"`
	Id      string `json:"_id,omitempty"`
	Version int64  `json:"_version,omitempty"`
}
