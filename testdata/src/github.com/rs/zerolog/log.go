// Package zerolog is a minimal stub of github.com/rs/zerolog v1.35.1 for facelint's tests: only the API facelint models, with the real signatures.
package zerolog

import (
	"context"
	"io"
)

// Level defines log levels.
type Level int8

// Levels.
const (
	DebugLevel Level = iota
	InfoLevel
	WarnLevel
	ErrorLevel
	FatalLevel
	PanicLevel
	NoLevel
	Disabled
	TraceLevel Level = -1
)

// A Logger represents an active logging object that generates lines
// of JSON output to an io.Writer.
type Logger struct {
	w     io.Writer
	level Level
	ctx   []byte
}

// New creates a root logger with given output writer.
func New(w io.Writer) Logger { return Logger{w: w} }

// Nop returns a disabled logger for which all operation are no-op.
func Nop() Logger { return New(nil).Level(Disabled) }

// Output duplicates the current logger and sets w as its output.
func (l Logger) Output(w io.Writer) Logger {
	l.w = w
	return l
}

// With creates a child logger with the field added to its context.
func (l Logger) With() Context { return Context{l: l} }

// UpdateContext updates the internal logger's context.
func (l *Logger) UpdateContext(update func(c Context) Context) {
	*l = update(Context{l: *l}).Logger()
}

// Level creates a child logger with the minimum accepted level set to level.
func (l Logger) Level(lvl Level) Logger {
	l.level = lvl
	return l
}

// GetLevel returns the current Level of l.
func (l Logger) GetLevel() Level { return l.level }

// Trace starts a new message with trace level.
func (l *Logger) Trace() *Event { return newEvent(l) }

// Debug starts a new message with debug level.
func (l *Logger) Debug() *Event { return newEvent(l) }

// Info starts a new message with info level.
func (l *Logger) Info() *Event { return newEvent(l) }

// Warn starts a new message with warn level.
func (l *Logger) Warn() *Event { return newEvent(l) }

// Error starts a new message with error level.
func (l *Logger) Error() *Event { return newEvent(l) }

// Err starts a new message with error level with err as a field if not nil or
// with info level if err is nil.
func (l *Logger) Err(err error) *Event { return newEvent(l).Err(err) }

// Fatal starts a new message with fatal level.
func (l *Logger) Fatal() *Event { return newEvent(l) }

// Panic starts a new message with panic level.
func (l *Logger) Panic() *Event { return newEvent(l) }

// WithLevel starts a new message with level.
func (l *Logger) WithLevel(level Level) *Event { return newEvent(l) }

// Log starts a new message with no level.
func (l *Logger) Log() *Event { return newEvent(l) }

// Print sends a log event using debug level and no extra field.
func (l *Logger) Print(v ...interface{}) {}

// Printf sends a log event using debug level and no extra field.
func (l *Logger) Printf(format string, v ...interface{}) {}

// Println sends a log event using debug level and no extra field.
func (l *Logger) Println(v ...interface{}) {}

// Write implements the io.Writer interface.
func (l Logger) Write(p []byte) (n int, err error) { return len(p), nil }

// WithContext returns a copy of ctx with the receiver attached.
func (l Logger) WithContext(ctx context.Context) context.Context { return ctx }

// Ctx returns the Logger associated with the ctx.
func Ctx(ctx context.Context) *Logger { return &Logger{} }
