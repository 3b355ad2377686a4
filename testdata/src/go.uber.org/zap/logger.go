package zap

import (
	"go.uber.org/zap/zapcore"
)

// An Option configures a Logger.
type Option interface {
	apply(*Logger)
}

type optionFunc func(*Logger)

func (f optionFunc) apply(log *Logger) { f(log) }

// AddCaller configures the Logger to annotate each message with the filename,
// line number, and function name of zap's caller.
func AddCaller() Option {
	return optionFunc(func(log *Logger) { log.addCaller = true })
}

// A Logger provides fast, leveled, structured logging.
type Logger struct {
	name      string
	fields    []Field
	addCaller bool
}

// NewNop returns a no-op Logger.
func NewNop() *Logger { return &Logger{} }

// NewProduction builds a sensible production Logger that writes InfoLevel and
// above logs to standard error as JSON.
func NewProduction(options ...Option) (*Logger, error) { return &Logger{}, nil }

// NewDevelopment builds a development Logger that writes DebugLevel and above
// logs to standard error in a human-friendly format.
func NewDevelopment(options ...Option) (*Logger, error) { return &Logger{}, nil }

// Must is a helper that wraps a call to a function returning (*Logger, error)
// and panics if the error is non-nil.
func Must(logger *Logger, err error) *Logger {
	if err != nil {
		panic(err)
	}
	return logger
}

// NewExample builds a Logger that's designed for use in zap's testable
// examples.
func NewExample(options ...Option) *Logger { return &Logger{} }

// Sugar wraps the Logger to provide a more ergonomic, but slightly slower,
// API.
func (log *Logger) Sugar() *SugaredLogger { return &SugaredLogger{base: log} }

// Named adds a new path segment to the logger's name.
func (log *Logger) Named(s string) *Logger {
	l := *log
	l.name = s
	return &l
}

// With creates a child logger and adds structured context to it.
func (log *Logger) With(fields ...Field) *Logger {
	l := *log
	l.fields = append(append([]Field(nil), log.fields...), fields...)
	return &l
}

// Log logs a message at the specified level.
func (log *Logger) Log(lvl zapcore.Level, msg string, fields ...Field) {}

// Debug logs a message at DebugLevel.
func (log *Logger) Debug(msg string, fields ...Field) {}

// Info logs a message at InfoLevel.
func (log *Logger) Info(msg string, fields ...Field) {}

// Warn logs a message at WarnLevel.
func (log *Logger) Warn(msg string, fields ...Field) {}

// Error logs a message at ErrorLevel.
func (log *Logger) Error(msg string, fields ...Field) {}

// DPanic logs a message at DPanicLevel.
func (log *Logger) DPanic(msg string, fields ...Field) {}

// Panic logs a message at PanicLevel, then panics.
func (log *Logger) Panic(msg string, fields ...Field) {}

// Fatal logs a message at FatalLevel, then exits.
func (log *Logger) Fatal(msg string, fields ...Field) {}

// Sync calls the underlying Core's Sync method, flushing any buffered log
// entries.
func (log *Logger) Sync() error { return nil }

var globalL = NewNop()

// L returns the global Logger, which can be reconfigured with ReplaceGlobals.
func L() *Logger { return globalL }

// S returns the global SugaredLogger, which can be reconfigured with
// ReplaceGlobals.
func S() *SugaredLogger { return globalL.Sugar() }

// ReplaceGlobals replaces the global Logger and SugaredLogger, and returns a
// function to restore the original values.
func ReplaceGlobals(logger *Logger) func() {
	prev := globalL
	globalL = logger
	return func() { globalL = prev }
}
