// Package log is a minimal stub of github.com/rs/zerolog/log v1.35.1 for facelint's tests: only the API facelint models, with the real signatures.
package log

import (
	"context"
	"io"
	"os"

	"github.com/rs/zerolog"
)

// Logger is the global logger.
var Logger = zerolog.New(os.Stderr).With().Timestamp().Logger()

// Output duplicates the global logger and sets w as its output.
func Output(w io.Writer) zerolog.Logger { return Logger.Output(w) }

// With creates a child logger with the field added to its context.
func With() zerolog.Context { return Logger.With() }

// Level creates a child logger with the minimum accepted level set to level.
func Level(level zerolog.Level) zerolog.Logger { return Logger.Level(level) }

// Err starts a new message with error level with err as a field if not nil or
// with info level if err is nil.
func Err(err error) *zerolog.Event { return Logger.Err(err) }

// Trace starts a new message with trace level.
func Trace() *zerolog.Event { return Logger.Trace() }

// Debug starts a new message with debug level.
func Debug() *zerolog.Event { return Logger.Debug() }

// Info starts a new message with info level.
func Info() *zerolog.Event { return Logger.Info() }

// Warn starts a new message with warn level.
func Warn() *zerolog.Event { return Logger.Warn() }

// Error starts a new message with error level.
func Error() *zerolog.Event { return Logger.Error() }

// Fatal starts a new message with fatal level.
func Fatal() *zerolog.Event { return Logger.Fatal() }

// Panic starts a new message with panic level.
func Panic() *zerolog.Event { return Logger.Panic() }

// WithLevel starts a new message with level.
func WithLevel(level zerolog.Level) *zerolog.Event { return Logger.WithLevel(level) }

// Log starts a new message with no level.
func Log() *zerolog.Event { return Logger.Log() }

// Print sends a log event using debug level and no extra field.
func Print(v ...interface{}) {}

// Printf sends a log event using debug level and no extra field.
func Printf(format string, v ...interface{}) {}

// Ctx returns the Logger associated with the ctx.
func Ctx(ctx context.Context) *zerolog.Logger { return zerolog.Ctx(ctx) }
