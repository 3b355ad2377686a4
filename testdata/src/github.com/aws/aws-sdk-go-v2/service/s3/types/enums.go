// Package types is a minimal stub of github.com/aws/aws-sdk-go-v2/service/s3/types v1.114.8 for facelint's tests: only the API facelint models, with the real signatures.
package types

// ServerSideEncryption is the server-side encryption algorithm used when storing an object.
type ServerSideEncryption string

// ServerSideEncryption values.
const (
	ServerSideEncryptionAes256     ServerSideEncryption = "AES256"
	ServerSideEncryptionAwsFsx     ServerSideEncryption = "aws:fsx"
	ServerSideEncryptionAwsBackup  ServerSideEncryption = "aws:backup"
	ServerSideEncryptionAwsKms     ServerSideEncryption = "aws:kms"
	ServerSideEncryptionAwsKmsDsse ServerSideEncryption = "aws:kms:dsse"
)

// CompletedPart holds the details of a part of a completed multipart upload.
type CompletedPart struct {
	ETag       *string
	PartNumber *int32
}
