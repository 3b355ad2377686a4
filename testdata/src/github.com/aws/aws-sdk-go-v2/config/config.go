// Package config is a minimal stub of github.com/aws/aws-sdk-go-v2/config v1.33.16 for facelint's tests: only the API facelint models, with the real signatures.
package config

import (
	"context"

	"github.com/aws/aws-sdk-go-v2/aws"
)

// LoadOptionsFunc is a type alias for LoadOptions functional option.
type LoadOptionsFunc func(*LoadOptions) error

// LoadOptions are discrete set of options that are valid for loading the
// configuration.
type LoadOptions struct {
	Region string
}

// LoadDefaultConfig reads the SDK's default external configurations, and
// populates an AWS Config with the values from the external configurations.
func LoadDefaultConfig(ctx context.Context, optFns ...func(*LoadOptions) error) (cfg aws.Config, err error) {
	var o LoadOptions
	for _, fn := range optFns {
		if err := fn(&o); err != nil {
			return aws.Config{}, err
		}
	}
	return aws.Config{Region: o.Region}, nil
}

// WithRegion is a helper function to construct functional options that sets
// Region on config's LoadOptions.
func WithRegion(v string) LoadOptionsFunc {
	return func(o *LoadOptions) error {
		o.Region = v
		return nil
	}
}
