// Package aws is a minimal stub of github.com/aws/aws-sdk-go/aws v1.55.8 for facelint's tests: only the API facelint models, with the real signatures.
package aws

// A Config provides service configuration for service clients (subset).
type Config struct {
	Region     *string
	Endpoint   *string
	DisableSSL *bool
}

// WithDisableSSL sets a config DisableSSL value returning a Config pointer
// for chaining.
func (c *Config) WithDisableSSL(disable bool) *Config {
	c.DisableSSL = &disable
	return c
}
