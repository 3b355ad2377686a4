// Package credentials is a minimal stub of github.com/minio/minio-go/v7/pkg/credentials v7.4.1 for facelint's tests: only the API facelint models, with the real signatures.
package credentials

// Value is the S3 credentials value for individual credential fields.
type Value struct {
	AccessKeyID     string
	SecretAccessKey string
	SessionToken    string
}

// Credentials provides synchronous safe retrieval of credentials Value.
type Credentials struct {
	creds Value
}

// NewStaticV4 returns a pointer to a new Credentials object
// wrapping a static credentials value provider, signature is
// set to v4.
func NewStaticV4(id, secret, token string) *Credentials {
	return &Credentials{creds: Value{AccessKeyID: id, SecretAccessKey: secret, SessionToken: token}}
}
