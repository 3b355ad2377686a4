// Package kms is a minimal stub of github.com/aws/aws-sdk-go-v2/service/kms v1.62.5 for facelint's tests: only the API facelint models, with the real signatures.
package kms

import (
	"context"
	"net/http"

	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/service/kms/types"
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

// Client provides the API client to make operations call for AWS Key Management Service.
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

// Encrypt encrypts plaintext of up to 4,096 bytes using a KMS key.
func (c *Client) Encrypt(ctx context.Context, params *EncryptInput, optFns ...func(*Options)) (*EncryptOutput, error) {
	return &EncryptOutput{}, nil
}

// EncryptInput is the input of Encrypt.
type EncryptInput struct {
	KeyId               *string
	Plaintext           []byte
	DryRun              *bool
	EncryptionAlgorithm types.EncryptionAlgorithmSpec
	EncryptionContext   map[string]string
	GrantTokens         []string
}

// EncryptOutput is the output of Encrypt.
type EncryptOutput struct {
	CiphertextBlob      []byte
	EncryptionAlgorithm types.EncryptionAlgorithmSpec
	KeyId               *string
}

// Decrypt decrypts ciphertext that was encrypted by a KMS key.
func (c *Client) Decrypt(ctx context.Context, params *DecryptInput, optFns ...func(*Options)) (*DecryptOutput, error) {
	return &DecryptOutput{}, nil
}

// DecryptInput is the input of Decrypt.
type DecryptInput struct {
	CiphertextBlob      []byte
	DryRun              *bool
	EncryptionAlgorithm types.EncryptionAlgorithmSpec
	EncryptionContext   map[string]string
	GrantTokens         []string
	KeyId               *string
}

// DecryptOutput is the output of Decrypt.
type DecryptOutput struct {
	CiphertextForRecipient []byte
	EncryptionAlgorithm    types.EncryptionAlgorithmSpec
	KeyId                  *string
	KeyMaterialId          *string
	Plaintext              []byte
}
