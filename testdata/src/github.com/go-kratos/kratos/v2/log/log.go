// Package log is a minimal stub of github.com/go-kratos/kratos/v2/log
// v2.8.3 for facelint's tests.
package log

// Level is a logger level.
type Level int8

// Logger is a logger interface.
type Logger interface {
	Log(level Level, keyvals ...interface{}) error
}

// Option is Helper option.
type Option func(*Helper)

// Helper is a logger helper.
type Helper struct{ logger Logger }

// NewHelper new a logger helper.
func NewHelper(logger Logger, opts ...Option) *Helper { return &Helper{logger: logger} }

// Infow logs a message at info level.
func (h *Helper) Infow(keyvals ...interface{}) {}
