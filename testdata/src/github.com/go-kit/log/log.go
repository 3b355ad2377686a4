// Package log is a minimal stub of github.com/go-kit/log v0.2.1 for
// facelint's tests.
package log

import "io"

// Logger is the fundamental interface for all log operations.
type Logger interface {
	Log(keyvals ...interface{}) error
}

type logfmtLogger struct{ w io.Writer }

func (l logfmtLogger) Log(keyvals ...interface{}) error { return nil }

// NewLogfmtLogger returns a logger that encodes keyvals to the Writer in logfmt format.
func NewLogfmtLogger(w io.Writer) Logger { return logfmtLogger{w: w} }

// With returns a new contextual logger with keyvals prepended to those passed to calls to Log.
func With(logger Logger, keyvals ...interface{}) Logger { return logger }
