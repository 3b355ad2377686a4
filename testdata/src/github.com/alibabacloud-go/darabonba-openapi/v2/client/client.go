// Package client is a minimal stub of github.com/alibabacloud-go/darabonba-openapi/v2/client v2.0.6 for facelint's tests: only the API facelint models, with the real signatures.
package client

import (
	"github.com/alibabacloud-go/tea/tea"
)

// Config is the configuration of an OpenAPI client.
type Config struct {
	AccessKeyId     *string `json:"accessKeyId,omitempty" xml:"accessKeyId,omitempty"`
	AccessKeySecret *string `json:"accessKeySecret,omitempty" xml:"accessKeySecret,omitempty"`
	SecurityToken   *string `json:"securityToken,omitempty" xml:"securityToken,omitempty"`
	Protocol        *string `json:"protocol,omitempty" xml:"protocol,omitempty"`
	Method          *string `json:"method,omitempty" xml:"method,omitempty"`
	RegionId        *string `json:"regionId,omitempty" xml:"regionId,omitempty"`
	ReadTimeout     *int    `json:"readTimeout,omitempty" xml:"readTimeout,omitempty"`
	ConnectTimeout  *int    `json:"connectTimeout,omitempty" xml:"connectTimeout,omitempty"`
	Endpoint        *string `json:"endpoint,omitempty" xml:"endpoint,omitempty"`
	Type            *string `json:"type,omitempty" xml:"type,omitempty"`
}

func (s Config) String() string {
	return tea.Prettify(s)
}

func (s Config) GoString() string {
	return s.String()
}

// SetAccessKeyId sets AccessKeyId.
func (s *Config) SetAccessKeyId(v string) *Config {
	s.AccessKeyId = &v
	return s
}

// SetAccessKeySecret sets AccessKeySecret.
func (s *Config) SetAccessKeySecret(v string) *Config {
	s.AccessKeySecret = &v
	return s
}

// SetSecurityToken sets SecurityToken.
func (s *Config) SetSecurityToken(v string) *Config {
	s.SecurityToken = &v
	return s
}

// SetProtocol sets Protocol.
func (s *Config) SetProtocol(v string) *Config {
	s.Protocol = &v
	return s
}

// SetRegionId sets RegionId.
func (s *Config) SetRegionId(v string) *Config {
	s.RegionId = &v
	return s
}

// SetEndpoint sets Endpoint.
func (s *Config) SetEndpoint(v string) *Config {
	s.Endpoint = &v
	return s
}

// Client is the OpenAPI client every product client embeds.
type Client struct {
	Endpoint       *string
	RegionId       *string
	Protocol       *string
	Method         *string
	UserAgent      *string
	EndpointRule   *string
	EndpointMap    map[string]*string
	ReadTimeout    *int
	ConnectTimeout *int
	Headers        map[string]*string
}

// NewClient returns a new OpenAPI client.
func NewClient(config *Config) (*Client, error) {
	client := new(Client)
	err := client.Init(config)
	return client, err
}

// Init initializes the client from its configuration.
func (client *Client) Init(config *Config) (_err error) {
	if config == nil {
		return nil
	}
	client.Endpoint = config.Endpoint
	client.RegionId = config.RegionId
	client.Protocol = config.Protocol
	return nil
}
