// Package logr is a minimal stub of github.com/go-logr/logr v1.4.4 for
// facelint's tests: only the API facelint models, with the real
// signatures.
package logr

// LogSink represents a logging implementation.
type LogSink interface {
	Info(level int, msg string, keysAndValues ...any)
}

// Logger is an interface to an abstract logging implementation.
type Logger struct {
	sink  LogSink
	level int
}

// Info logs a non-error message with the given key/value pairs as context.
func (l Logger) Info(msg string, keysAndValues ...any) {}

// Error logs an error, with the given message and key/value pairs as context.
func (l Logger) Error(err error, msg string, keysAndValues ...any) {}

// WithValues returns a new Logger instance with additional key/value pairs.
func (l Logger) WithValues(keysAndValues ...any) Logger { return l }

// Discard returns a Logger that discards all messages logged to it.
func Discard() Logger { return Logger{} }
