// Package rekognition is a minimal stub of github.com/aws/aws-sdk-go-v2/service/rekognition v1.51.26 for facelint's tests: only the API facelint models, with the real signatures.
package rekognition

import (
	"net/http"

	"github.com/aws/aws-sdk-go-v2/aws"
)

// HTTPClient is the HTTP client a Client uses.
type HTTPClient interface {
	Do(*http.Request) (*http.Response, error)
}

// Options are the options of a Client.
type Options struct {
	Region       string
	Credentials  aws.CredentialsProvider
	HTTPClient   HTTPClient
	BaseEndpoint *string
}

// Client provides the API client to make operations call for Amazon Rekognition.
type Client struct {
	options Options
}

// New returns an initialized Client based on the functional options.
func New(options Options, optFns ...func(*Options)) *Client {
	return &Client{options: options}
}

// NewFromConfig returns a new client from the provided config.
func NewFromConfig(cfg aws.Config, optFns ...func(*Options)) *Client {
	return &Client{options: Options{Region: cfg.Region, Credentials: cfg.Credentials}}
}
