package zap

import (
	"go.uber.org/zap/zapcore"
)

// A SugaredLogger wraps the base Logger functionality in a slower, but less
// verbose, API.
type SugaredLogger struct {
	base *Logger
	args []interface{}
}

// Desugar unwraps a SugaredLogger, exposing the original Logger.
func (s *SugaredLogger) Desugar() *Logger { return s.base }

// Named adds a sub-scope to the logger's name.
func (s *SugaredLogger) Named(name string) *SugaredLogger {
	return &SugaredLogger{base: s.base.Named(name), args: s.args}
}

// With adds a variadic number of fields to the logging context.
func (s *SugaredLogger) With(args ...interface{}) *SugaredLogger {
	return &SugaredLogger{base: s.base, args: append(append([]interface{}(nil), s.args...), args...)}
}

// Log logs the provided arguments at the given level.
func (s *SugaredLogger) Log(lvl zapcore.Level, args ...interface{}) {}

// Sync flushes any buffered log entries.
func (s *SugaredLogger) Sync() error { return nil }

// Debug logs the provided arguments at Debug level.
func (s *SugaredLogger) Debug(args ...interface{}) {}

// Debugf formats the message according to the format specifier and logs it at Debug level.
func (s *SugaredLogger) Debugf(template string, args ...interface{}) {}

// Debugw logs a message with some additional context at Debug level.
func (s *SugaredLogger) Debugw(msg string, keysAndValues ...interface{}) {}

// Debugln logs a message at Debug level.
func (s *SugaredLogger) Debugln(args ...interface{}) {}

// Info logs the provided arguments at Info level.
func (s *SugaredLogger) Info(args ...interface{}) {}

// Infof formats the message according to the format specifier and logs it at Info level.
func (s *SugaredLogger) Infof(template string, args ...interface{}) {}

// Infow logs a message with some additional context at Info level.
func (s *SugaredLogger) Infow(msg string, keysAndValues ...interface{}) {}

// Infoln logs a message at Info level.
func (s *SugaredLogger) Infoln(args ...interface{}) {}

// Warn logs the provided arguments at Warn level.
func (s *SugaredLogger) Warn(args ...interface{}) {}

// Warnf formats the message according to the format specifier and logs it at Warn level.
func (s *SugaredLogger) Warnf(template string, args ...interface{}) {}

// Warnw logs a message with some additional context at Warn level.
func (s *SugaredLogger) Warnw(msg string, keysAndValues ...interface{}) {}

// Warnln logs a message at Warn level.
func (s *SugaredLogger) Warnln(args ...interface{}) {}

// Error logs the provided arguments at Error level.
func (s *SugaredLogger) Error(args ...interface{}) {}

// Errorf formats the message according to the format specifier and logs it at Error level.
func (s *SugaredLogger) Errorf(template string, args ...interface{}) {}

// Errorw logs a message with some additional context at Error level.
func (s *SugaredLogger) Errorw(msg string, keysAndValues ...interface{}) {}

// Errorln logs a message at Error level.
func (s *SugaredLogger) Errorln(args ...interface{}) {}

// DPanic logs the provided arguments at DPanic level.
func (s *SugaredLogger) DPanic(args ...interface{}) {}

// DPanicf formats the message according to the format specifier and logs it at DPanic level.
func (s *SugaredLogger) DPanicf(template string, args ...interface{}) {}

// DPanicw logs a message with some additional context at DPanic level.
func (s *SugaredLogger) DPanicw(msg string, keysAndValues ...interface{}) {}

// DPanicln logs a message at DPanic level.
func (s *SugaredLogger) DPanicln(args ...interface{}) {}

// Panic logs the provided arguments at Panic level.
func (s *SugaredLogger) Panic(args ...interface{}) {}

// Panicf formats the message according to the format specifier and logs it at Panic level.
func (s *SugaredLogger) Panicf(template string, args ...interface{}) {}

// Panicw logs a message with some additional context at Panic level.
func (s *SugaredLogger) Panicw(msg string, keysAndValues ...interface{}) {}

// Panicln logs a message at Panic level.
func (s *SugaredLogger) Panicln(args ...interface{}) {}

// Fatal logs the provided arguments at Fatal level.
func (s *SugaredLogger) Fatal(args ...interface{}) {}

// Fatalf formats the message according to the format specifier and logs it at Fatal level.
func (s *SugaredLogger) Fatalf(template string, args ...interface{}) {}

// Fatalw logs a message with some additional context at Fatal level.
func (s *SugaredLogger) Fatalw(msg string, keysAndValues ...interface{}) {}

// Fatalln logs a message at Fatal level.
func (s *SugaredLogger) Fatalln(args ...interface{}) {}
