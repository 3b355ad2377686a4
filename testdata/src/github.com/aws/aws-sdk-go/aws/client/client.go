// Package client is a minimal stub of github.com/aws/aws-sdk-go/aws/client v1.55.8 for facelint's tests: only the API facelint models, with the real signatures.
package client

import "github.com/aws/aws-sdk-go/aws"

// A Config provides configuration to a service client instance (subset).
type Config struct {
	Config   *aws.Config
	Endpoint string
}

// ConfigProvider provides a generic way for a service client to receive
// the ClientConfig without circular dependencies.
type ConfigProvider interface {
	ClientConfig(serviceName string, cfgs ...*aws.Config) Config
}

// A Client implements the base client request and response handling
// used by all service clients (subset).
type Client struct {
	Config aws.Config
}
