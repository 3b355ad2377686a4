// Package glog is a minimal stub of github.com/golang/glog v1.2.5 for facelint's tests: only the API facelint models, with the real signatures.
package glog

import (
	"context"
)

// Level specifies a level of verbosity for V logs.
type Level int32

// Verbose is a boolean type that implements Info, Infoln and Infof (etc.)
// like the package-level functions, but logs only if V(level) is true.
type Verbose bool

// V reports whether verbosity at the call site is at least the requested level.
func V(level Level) Verbose { return Verbose(level <= 0) }

// VDepth acts as V but uses depth to determine which call frame to check vmodule for.
func VDepth(depth int, level Level) Verbose { return Verbose(level <= 0) }

// Flush flushes all pending log I/O.
func Flush() {}

// Info is equivalent to the global Info function, guarded by the value of v.
func (v Verbose) Info(args ...any) {}

// InfoDepth is equivalent to the global InfoDepth function, guarded by the value of v.
func (v Verbose) InfoDepth(depth int, args ...any) {}

// InfoDepthf is equivalent to the global InfoDepthf function, guarded by the value of v.
func (v Verbose) InfoDepthf(depth int, format string, args ...any) {}

// Infoln is equivalent to the global Infoln function, guarded by the value of v.
func (v Verbose) Infoln(args ...any) {}

// Infof is equivalent to the global Infof function, guarded by the value of v.
func (v Verbose) Infof(format string, args ...any) {}

// InfoContext is equivalent to the global InfoContext function, guarded by the value of v.
func (v Verbose) InfoContext(ctx context.Context, args ...any) {}

// InfoContextf is equivalent to the global InfoContextf function, guarded by the value of v.
func (v Verbose) InfoContextf(ctx context.Context, format string, args ...any) {}

// InfoContextDepth is equivalent to the global InfoContextDepth function, guarded by the value of v.
func (v Verbose) InfoContextDepth(ctx context.Context, depth int, args ...any) {}

// InfoContextDepthf is equivalent to the global InfoContextDepthf function, guarded by the value of v.
func (v Verbose) InfoContextDepthf(ctx context.Context, depth int, format string, args ...any) {}

// Info logs to the INFO log.
func Info(args ...any) {}

// InfoDepth logs to the INFO log.
func InfoDepth(depth int, args ...any) {}

// InfoDepthf logs to the INFO log.
func InfoDepthf(depth int, format string, args ...any) {}

// Infoln logs to the INFO log.
func Infoln(args ...any) {}

// Infof logs to the INFO log.
func Infof(format string, args ...any) {}

// InfoContext logs to the INFO log.
func InfoContext(ctx context.Context, args ...any) {}

// InfoContextf logs to the INFO log.
func InfoContextf(ctx context.Context, format string, args ...any) {}

// InfoContextDepth logs to the INFO log.
func InfoContextDepth(ctx context.Context, depth int, args ...any) {}

// InfoContextDepthf logs to the INFO log.
func InfoContextDepthf(ctx context.Context, depth int, format string, args ...any) {}

// Warning logs to the WARNING log.
func Warning(args ...any) {}

// WarningDepth logs to the WARNING log.
func WarningDepth(depth int, args ...any) {}

// WarningDepthf logs to the WARNING log.
func WarningDepthf(depth int, format string, args ...any) {}

// Warningln logs to the WARNING log.
func Warningln(args ...any) {}

// Warningf logs to the WARNING log.
func Warningf(format string, args ...any) {}

// WarningContext logs to the WARNING log.
func WarningContext(ctx context.Context, args ...any) {}

// WarningContextf logs to the WARNING log.
func WarningContextf(ctx context.Context, format string, args ...any) {}

// WarningContextDepth logs to the WARNING log.
func WarningContextDepth(ctx context.Context, depth int, args ...any) {}

// WarningContextDepthf logs to the WARNING log.
func WarningContextDepthf(ctx context.Context, depth int, format string, args ...any) {}

// Error logs to the ERROR log.
func Error(args ...any) {}

// ErrorDepth logs to the ERROR log.
func ErrorDepth(depth int, args ...any) {}

// ErrorDepthf logs to the ERROR log.
func ErrorDepthf(depth int, format string, args ...any) {}

// Errorln logs to the ERROR log.
func Errorln(args ...any) {}

// Errorf logs to the ERROR log.
func Errorf(format string, args ...any) {}

// ErrorContext logs to the ERROR log.
func ErrorContext(ctx context.Context, args ...any) {}

// ErrorContextf logs to the ERROR log.
func ErrorContextf(ctx context.Context, format string, args ...any) {}

// ErrorContextDepth logs to the ERROR log.
func ErrorContextDepth(ctx context.Context, depth int, args ...any) {}

// ErrorContextDepthf logs to the ERROR log.
func ErrorContextDepthf(ctx context.Context, depth int, format string, args ...any) {}

// Fatal logs to the FATAL log.
func Fatal(args ...any) {}

// FatalDepth logs to the FATAL log.
func FatalDepth(depth int, args ...any) {}

// FatalDepthf logs to the FATAL log.
func FatalDepthf(depth int, format string, args ...any) {}

// Fatalln logs to the FATAL log.
func Fatalln(args ...any) {}

// Fatalf logs to the FATAL log.
func Fatalf(format string, args ...any) {}

// FatalContext logs to the FATAL log.
func FatalContext(ctx context.Context, args ...any) {}

// FatalContextf logs to the FATAL log.
func FatalContextf(ctx context.Context, format string, args ...any) {}

// FatalContextDepth logs to the FATAL log.
func FatalContextDepth(ctx context.Context, depth int, args ...any) {}

// FatalContextDepthf logs to the FATAL log.
func FatalContextDepthf(ctx context.Context, depth int, format string, args ...any) {}

// Exit logs to the EXIT log.
func Exit(args ...any) {}

// ExitDepth logs to the EXIT log.
func ExitDepth(depth int, args ...any) {}

// ExitDepthf logs to the EXIT log.
func ExitDepthf(depth int, format string, args ...any) {}

// Exitln logs to the EXIT log.
func Exitln(args ...any) {}

// Exitf logs to the EXIT log.
func Exitf(format string, args ...any) {}

// ExitContext logs to the EXIT log.
func ExitContext(ctx context.Context, args ...any) {}

// ExitContextf logs to the EXIT log.
func ExitContextf(ctx context.Context, format string, args ...any) {}

// ExitContextDepth logs to the EXIT log.
func ExitContextDepth(ctx context.Context, depth int, args ...any) {}

// ExitContextDepthf logs to the EXIT log.
func ExitContextDepthf(ctx context.Context, depth int, format string, args ...any) {}
