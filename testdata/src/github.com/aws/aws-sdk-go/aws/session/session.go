// Package session is a minimal stub of github.com/aws/aws-sdk-go/aws/session v1.55.8 for facelint's tests: only the API facelint models, with the real signatures.
package session

import (
	"github.com/aws/aws-sdk-go/aws"
	"github.com/aws/aws-sdk-go/aws/client"
)

// A Session provides a central location to create service clients from (subset).
type Session struct {
	Config *aws.Config
}

// NewSession returns a new Session created from SDK defaults, config files,
// environment, and user provided config files.
func NewSession(cfgs ...*aws.Config) (*Session, error) {
	s := &Session{Config: &aws.Config{}}
	for _, c := range cfgs {
		s.Config = c
	}
	return s, nil
}

// ClientConfig satisfies the client.ConfigProvider interface.
func (s *Session) ClientConfig(service string, cfgs ...*aws.Config) client.Config {
	return client.Config{Config: s.Config}
}
