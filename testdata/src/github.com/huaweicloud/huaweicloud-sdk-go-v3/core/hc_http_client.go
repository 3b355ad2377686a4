// Package core is a minimal stub of github.com/huaweicloud/huaweicloud-sdk-go-v3/core v0.1.215 for facelint's tests: only the API facelint models, with the real signatures.
package core

import "github.com/huaweicloud/huaweicloud-sdk-go-v3/core/config"

// HcHttpClient is the HTTP client of the SDK.
type HcHttpClient struct {
	httpConfig *config.HttpConfig
}

// HcHttpClientBuilder builds an HcHttpClient.
type HcHttpClientBuilder struct {
	httpConfig *config.HttpConfig
}

// NewHcHttpClientBuilder returns a builder.
func NewHcHttpClientBuilder() *HcHttpClientBuilder { return &HcHttpClientBuilder{} }

// WithHttpConfig sets the HTTP configuration.
func (builder *HcHttpClientBuilder) WithHttpConfig(httpConfig *config.HttpConfig) *HcHttpClientBuilder {
	builder.httpConfig = httpConfig
	return builder
}

// Build builds the client.
func (builder *HcHttpClientBuilder) Build() *HcHttpClient {
	return &HcHttpClient{httpConfig: builder.httpConfig}
}
