// Package storage is a minimal stub of github.com/qiniu/go-sdk/v7/storage v7.27.0 for facelint's tests: only the API facelint models, with the real signatures.
package storage

import (
	"context"
	"io"
)

// Config is the configuration of uploads (subset).
type Config struct {
	UseHTTPS      bool
	UseCdnDomains bool
}

// PutExtra holds the optional parameters of an upload (subset).
type PutExtra struct {
	Params   map[string]string
	MimeType string
}

// PutRet is the default result of an upload.
type PutRet struct {
	Hash         string `json:"hash"`
	PersistentID string `json:"persistentId"`
	Key          string `json:"key"`
}

// FormUploader uploads files by form.
type FormUploader struct {
	cfg *Config
}

// NewFormUploader creates a new FormUploader.
func NewFormUploader(cfg *Config) *FormUploader { return &FormUploader{cfg: cfg} }

// Put uploads data of the given size under key.
func (p *FormUploader) Put(
	ctx context.Context, ret interface{}, uptoken, key string, data io.Reader, size int64, extra *PutExtra,
) (err error) {
	return nil
}
