// Package sio is a minimal stub of github.com/minio/sio v0.4.1 for facelint's tests: only the API facelint models, with the real signatures.
package sio

import "io"

// Config contains the format configuration (subset).
type Config struct {
	MinVersion   byte
	MaxVersion   byte
	CipherSuites []byte
	Key          []byte
}

// EncryptReader wraps the given src and returns an io.Reader which encrypts
// all data read from src and returns an error if the config is invalid.
func EncryptReader(src io.Reader, config Config) (io.Reader, error) { return src, nil }
