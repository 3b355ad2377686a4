// Package kms is a minimal stub of github.com/aws/aws-sdk-go/service/kms v1.55.8 for facelint's tests: only the API facelint models, with the real signatures.
package kms

// KMS provides the API operation methods for making requests to AWS Key
// Management Service.
type KMS struct{}

// Encrypt encrypts plaintext of up to 4,096 bytes using a KMS key.
func (c *KMS) Encrypt(input *EncryptInput) (*EncryptOutput, error) {
	return &EncryptOutput{CiphertextBlob: input.Plaintext}, nil
}

// EncryptInput is the input of Encrypt.
type EncryptInput struct {
	KeyId     *string
	Plaintext []byte
}

// EncryptOutput is the output of Encrypt.
type EncryptOutput struct {
	CiphertextBlob []byte
	KeyId          *string
}
