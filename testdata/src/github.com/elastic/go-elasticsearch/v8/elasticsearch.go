// Package elasticsearch is a minimal stub of
// github.com/elastic/go-elasticsearch/v8 v8.19.7 for facelint's tests:
// only the API facelint models, with the real signatures.
package elasticsearch

import "github.com/elastic/go-elasticsearch/v8/esapi"

// Config represents the client configuration (subset).
type Config struct {
	Addresses []string // A list of Elasticsearch nodes to use.
	Username  string   // Username for HTTP Basic Authentication.
	Password  string   // Password for HTTP Basic Authentication.
}

// BaseClient represents the Elasticsearch client (subset).
type BaseClient struct{}

// Client represents the Functional Options API.
type Client struct {
	BaseClient
	*esapi.API
}

// NewDefaultClient creates a new client with default options.
func NewDefaultClient() (*Client, error) { return &Client{API: &esapi.API{}}, nil }

// NewClient creates a new client with configuration from cfg.
func NewClient(cfg Config) (*Client, error) { return &Client{API: &esapi.API{}}, nil }
