// Package aws is a minimal stub of github.com/aws/aws-sdk-go-v2/aws v1.47.7 for facelint's tests: only the API facelint models, with the real signatures.
package aws

import (
	"context"
	"net/http"
	"time"
)

// HTTPClient provides the interface to provide custom HTTPClients.
type HTTPClient interface {
	Do(*http.Request) (*http.Response, error)
}

// A Config provides service configuration for service clients.
type Config struct {
	Region       string
	Credentials  CredentialsProvider
	HTTPClient   HTTPClient
	BaseEndpoint *string
}

// Copy will return a shallow copy of the Config object.
func (c Config) Copy() Config { return c }

// Credentials is the AWS credentials value for individual credential fields.
type Credentials struct {
	AccessKeyID     string
	SecretAccessKey string
	SessionToken    string
	Source          string
	CanExpire       bool
	Expires         time.Time
	AccountID       string
}

// CredentialsProvider is the interface for any component which will provide
// credentials Credentials.
type CredentialsProvider interface {
	Retrieve(ctx context.Context) (Credentials, error)
}

// AnonymousCredentials provides a sentinel CredentialsProvider that should be
// used to instruct the SDK's signing middleware to not sign the request.
type AnonymousCredentials struct{}

// Retrieve implements the CredentialsProvider interface.
func (AnonymousCredentials) Retrieve(context.Context) (Credentials, error) {
	return Credentials{}, nil
}
