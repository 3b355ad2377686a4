// Package klog is a minimal stub of k8s.io/klog/v2 v2.140.0 for facelint's tests: only the API facelint models, with the real signatures.
package klog

import (
	"flag"
)

// Level specifies a level of verbosity for V logs.
type Level int32

// Verbose is a boolean type that implements Infof (like Printf) etc.
type Verbose struct {
	enabled bool
}

// InitFlags is for explicitly initializing the flags.
func InitFlags(flagset *flag.FlagSet) {}

// Flush flushes all pending log I/O.
func Flush() {}

// V reports whether verbosity at the call site is at least the requested level.
func V(level Level) Verbose { return Verbose{enabled: level <= 0} }

// Enabled will return true if this log level is enabled, guarded by the value
// of v.
func (v Verbose) Enabled() bool { return v.enabled }

// Info is equivalent to the global Info function, guarded by the value of v.
func (v Verbose) Info(args ...interface{}) {}

// InfoDepth is equivalent to the global InfoDepth function, guarded by the value of v.
func (v Verbose) InfoDepth(depth int, args ...interface{}) {}

// Infoln is equivalent to the global Infoln function, guarded by the value of v.
func (v Verbose) Infoln(args ...interface{}) {}

// Infof is equivalent to the global Infof function, guarded by the value of v.
func (v Verbose) Infof(format string, args ...interface{}) {}

// InfoS is equivalent to the global InfoS function, guarded by the value of v.
func (v Verbose) InfoS(msg string, keysAndValues ...interface{}) {}

// InfoSDepth is equivalent to the global InfoSDepth function, guarded by the value of v.
func (v Verbose) InfoSDepth(depth int, msg string, keysAndValues ...interface{}) {}

// Error is equivalent to the global Error function, guarded by the value of v.
func (v Verbose) Error(err error, msg string, args ...interface{}) {}

// ErrorS is equivalent to the global Error function, guarded by the value of v.
func (v Verbose) ErrorS(err error, msg string, keysAndValues ...interface{}) {}

// InfoS structured logs to the INFO log.
func InfoS(msg string, keysAndValues ...interface{}) {}

// InfoSDepth acts as InfoS but uses depth to determine which call frame to log.
func InfoSDepth(depth int, msg string, keysAndValues ...interface{}) {}

// ErrorS structured logs to the ERROR, WARNING, and INFO logs.
func ErrorS(err error, msg string, keysAndValues ...interface{}) {}

// ErrorSDepth acts as ErrorS but uses depth to determine which call frame to log.
func ErrorSDepth(depth int, err error, msg string, keysAndValues ...interface{}) {}

// InfofDepth acts as Infof but uses depth to determine which call frame to log.
func InfofDepth(depth int, format string, args ...interface{}) {}

// Info logs to the INFO log.
func Info(args ...interface{}) {}

// InfoDepth acts as Info but uses depth to determine which call frame to log.
func InfoDepth(depth int, args ...interface{}) {}

// Infoln logs to the INFO log.
func Infoln(args ...interface{}) {}

// Infof logs to the INFO log.
func Infof(format string, args ...interface{}) {}

// Warning logs to the WARNING log.
func Warning(args ...interface{}) {}

// WarningDepth acts as Warning but uses depth to determine which call frame to log.
func WarningDepth(depth int, args ...interface{}) {}

// Warningln logs to the WARNING log.
func Warningln(args ...interface{}) {}

// Warningf logs to the WARNING log.
func Warningf(format string, args ...interface{}) {}

// Error logs to the ERROR log.
func Error(args ...interface{}) {}

// ErrorDepth acts as Error but uses depth to determine which call frame to log.
func ErrorDepth(depth int, args ...interface{}) {}

// Errorln logs to the ERROR log.
func Errorln(args ...interface{}) {}

// Errorf logs to the ERROR log.
func Errorf(format string, args ...interface{}) {}

// Fatal logs to the FATAL log.
func Fatal(args ...interface{}) {}

// FatalDepth acts as Fatal but uses depth to determine which call frame to log.
func FatalDepth(depth int, args ...interface{}) {}

// Fatalln logs to the FATAL log.
func Fatalln(args ...interface{}) {}

// Fatalf logs to the FATAL log.
func Fatalf(format string, args ...interface{}) {}

// Exit logs to the EXIT log.
func Exit(args ...interface{}) {}

// ExitDepth acts as Exit but uses depth to determine which call frame to log.
func ExitDepth(depth int, args ...interface{}) {}

// Exitln logs to the EXIT log.
func Exitln(args ...interface{}) {}

// Exitf logs to the EXIT log.
func Exitf(format string, args ...interface{}) {}
