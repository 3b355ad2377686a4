// Package common is a minimal stub of github.com/tencentcloud/tencentcloud-sdk-go/tencentcloud/common v1.0.162 for facelint's tests: only the API facelint models, with the real signatures.
package common

// Credential holds a Tencent Cloud secret.
type Credential struct {
	SecretId  string
	SecretKey string
	Token     string
}

// NewCredential returns a credential from a secret ID and key.
func NewCredential(secretId, secretKey string) *Credential {
	return &Credential{
		SecretId:  secretId,
		SecretKey: secretKey,
	}
}

// NewTokenCredential returns a temporary credential.
func NewTokenCredential(secretId, secretKey, token string) *Credential {
	return &Credential{
		SecretId:  secretId,
		SecretKey: secretKey,
		Token:     token,
	}
}

// GetCredentialParams returns the credential's request parameters.
func (c *Credential) GetCredentialParams() map[string]string {
	p := map[string]string{
		"SecretId": c.SecretId,
	}
	if c.Token != "" {
		p["Token"] = c.Token
	}
	return p
}
