// Package config is a minimal stub of github.com/huaweicloud/huaweicloud-sdk-go-v3/core/config v0.1.215 for facelint's tests: only the API facelint models, with the real signatures.
package config

// HttpConfig is the configuration of the HTTP client.
type HttpConfig struct {
	IgnoreSSLVerification bool
}

// DefaultHttpConfig returns the default configuration.
func DefaultHttpConfig() *HttpConfig { return &HttpConfig{} }

// WithIgnoreSSLVerification sets whether to skip certificate verification.
func (config *HttpConfig) WithIgnoreSSLVerification(ignore bool) *HttpConfig {
	config.IgnoreSSLVerification = ignore
	return config
}
