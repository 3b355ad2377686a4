// Package types is a minimal stub of github.com/aws/aws-sdk-go-v2/service/kms/types v1.62.5 for facelint's tests: only the API facelint models, with the real signatures.
package types

// EncryptionAlgorithmSpec is an encryption algorithm.
type EncryptionAlgorithmSpec string

// EncryptionAlgorithmSpec values.
const (
	EncryptionAlgorithmSpecSymmetricDefault EncryptionAlgorithmSpec = "SYMMETRIC_DEFAULT"
	EncryptionAlgorithmSpecRsaesOaepSha1    EncryptionAlgorithmSpec = "RSAES_OAEP_SHA_1"
	EncryptionAlgorithmSpecRsaesOaepSha256  EncryptionAlgorithmSpec = "RSAES_OAEP_SHA_256"
	EncryptionAlgorithmSpecSm2pke           EncryptionAlgorithmSpec = "SM2PKE"
)
