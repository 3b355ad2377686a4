// Package logx is a minimal stub of github.com/zeromicro/go-zero/core/logx
// v1.10.3 for facelint's tests.
package logx

import "context"

// LogField is a key-value pair that will be added to the log entry.
type LogField struct {
	Key   string
	Value any
}

// Logger represents a logger.
type Logger interface {
	Infof(string, ...any)
}

// Field returns a LogField for the given key and value.
func Field(key string, value any) LogField { return LogField{Key: key, Value: value} }

// Infow writes msg along with fields into the access log.
func Infow(msg string, fields ...LogField) {}

// WithContext sets ctx to log, for keeping tracing information.
func WithContext(ctx context.Context) Logger { return nil }
