// Package logrus is a minimal stub of github.com/sirupsen/logrus v1.10.2 for facelint's tests: only the API facelint models, with the real signatures.
package logrus

import (
	"context"
	"io"
	"os"
	"time"
)

// Fields type, used to pass to [WithFields].
type Fields map[string]any

// Level type
type Level uint32

// These are the different logging levels.
const (
	PanicLevel Level = iota
	FatalLevel
	ErrorLevel
	WarnLevel
	InfoLevel
	DebugLevel
	TraceLevel
)

// LogFunction For big messages, it can be more efficient to pass a function
// and only call it if the log level is actually enables rather than
// generating the log message and then checking if the level is enabled
type LogFunction func() []any

// Formatter formats an entry.
type Formatter interface {
	Format(*Entry) ([]byte, error)
}

// Hook is fired when logging on the logging levels returned from Levels.
type Hook interface {
	Levels() []Level
	Fire(*Entry) error
}

// LevelHooks is an internal type for storing the hooks on a logger instance.
type LevelHooks map[Level][]Hook

// JSONFormatter formats logs into parsable json.
type JSONFormatter struct {
	TimestampFormat string
	PrettyPrint     bool
}

// Format renders a single log entry.
func (f *JSONFormatter) Format(entry *Entry) ([]byte, error) { return nil, nil }

// TextFormatter formats logs into text.
type TextFormatter struct {
	DisableColors bool
	FullTimestamp bool
}

// Format renders a single log entry.
func (f *TextFormatter) Format(entry *Entry) ([]byte, error) { return nil, nil }

// Logger is a logger.
type Logger struct {
	Out          io.Writer
	Hooks        LevelHooks
	Formatter    Formatter
	ReportCaller bool
	Level        Level
}

// New creates a new logger.
func New() *Logger {
	return &Logger{Out: os.Stderr, Formatter: new(TextFormatter), Hooks: make(LevelHooks), Level: InfoLevel}
}

var std = New()

// StandardLogger returns the standard logger.
func StandardLogger() *Logger { return std }

// SetOutput sets the standard logger output.
func SetOutput(out io.Writer) { std.Out = out }

// SetFormatter sets the standard logger formatter.
func SetFormatter(formatter Formatter) { std.Formatter = formatter }

// SetLevel sets the standard logger level.
func SetLevel(level Level) { std.Level = level }

// SetOutput sets the logger output.
func (logger *Logger) SetOutput(output io.Writer) { logger.Out = output }

// SetFormatter sets the logger formatter.
func (logger *Logger) SetFormatter(formatter Formatter) { logger.Formatter = formatter }

// SetLevel sets the logger level.
func (logger *Logger) SetLevel(level Level) { logger.Level = level }

// Entry is the final or intermediate Logrus logging entry.
type Entry struct {
	Logger  *Logger
	Data    Fields
	Time    time.Time
	Level   Level
	Message string
	Context context.Context
	err     string
}

// NewEntry returns a new entry.
func NewEntry(logger *Logger) *Entry {
	return &Entry{Logger: logger, Data: make(Fields, 6)}
}

// Dup returns a copy of the entry.
func (entry *Entry) Dup() *Entry {
	data := make(Fields, len(entry.Data))
	for k, v := range entry.Data {
		data[k] = v
	}
	return &Entry{Logger: entry.Logger, Data: data, Time: entry.Time, Context: entry.Context, err: entry.err}
}

// Bytes returns the bytes representation of this entry from the formatter.
func (entry *Entry) Bytes() ([]byte, error) { return nil, nil }

// String returns the string representation from the reader and ultimately the
// formatter.
func (entry *Entry) String() (string, error) { return "", nil }

// WithError adds an error as single field (using the key defined in ErrorKey) to the Entry.
func (entry *Entry) WithError(err error) *Entry { return entry.WithField("error", err) }

// WithContext adds a context to the Entry.
func (entry *Entry) WithContext(ctx context.Context) *Entry {
	e := entry.Dup()
	e.Context = ctx
	return e
}

// WithField adds a single field to the Entry.
func (entry *Entry) WithField(key string, value any) *Entry {
	return entry.WithFields(Fields{key: value})
}

// WithFields adds a map of fields to the Entry.
func (entry *Entry) WithFields(fields Fields) *Entry {
	e := entry.Dup()
	for k, v := range fields {
		e.Data[k] = v
	}
	return e
}

// WithTime overrides the time of the Entry.
func (entry *Entry) WithTime(t time.Time) *Entry {
	e := entry.Dup()
	e.Time = t
	return e
}

// WithField allocates a new entry and adds a field to it.
func (logger *Logger) WithField(key string, value any) *Entry {
	return NewEntry(logger).WithField(key, value)
}

// WithFields adds a struct of fields to the log entry.
func (logger *Logger) WithFields(fields Fields) *Entry {
	return NewEntry(logger).WithFields(fields)
}

// WithError adds an error as single field to the log entry.
func (logger *Logger) WithError(err error) *Entry {
	return NewEntry(logger).WithError(err)
}

// WithContext adds a context to the log entry.
func (logger *Logger) WithContext(ctx context.Context) *Entry {
	return NewEntry(logger).WithContext(ctx)
}

// WithTime overrides the time of the log entry.
func (logger *Logger) WithTime(t time.Time) *Entry {
	return NewEntry(logger).WithTime(t)
}

// WithError creates an entry from the standard logger and adds an error to it.
func WithError(err error) *Entry { return std.WithError(err) }

// WithContext creates an entry from the standard logger and adds a context to it.
func WithContext(ctx context.Context) *Entry { return std.WithContext(ctx) }

// WithField creates an entry from the standard logger and adds a field to it.
func WithField(key string, value any) *Entry { return std.WithField(key, value) }

// WithFields creates an entry from the standard logger and adds multiple
// fields to it.
func WithFields(fields Fields) *Entry { return std.WithFields(fields) }

// WithTime creates an entry from the standard logger and overrides the time of
// logs generated with it.
func WithTime(t time.Time) *Entry { return std.WithTime(t) }

// Trace logs a message at level Trace.
func Trace(args ...any) {}

// Tracef logs a formatted message at level Trace.
func Tracef(format string, args ...any) {}

// Traceln logs a message at level Trace.
func Traceln(args ...any) {}

// TraceFn logs a message from a func at level Trace.
func TraceFn(fn LogFunction) {}

// Debug logs a message at level Debug.
func Debug(args ...any) {}

// Debugf logs a formatted message at level Debug.
func Debugf(format string, args ...any) {}

// Debugln logs a message at level Debug.
func Debugln(args ...any) {}

// DebugFn logs a message from a func at level Debug.
func DebugFn(fn LogFunction) {}

// Print logs a message at level Print.
func Print(args ...any) {}

// Printf logs a formatted message at level Print.
func Printf(format string, args ...any) {}

// Println logs a message at level Print.
func Println(args ...any) {}

// PrintFn logs a message from a func at level Print.
func PrintFn(fn LogFunction) {}

// Info logs a message at level Info.
func Info(args ...any) {}

// Infof logs a formatted message at level Info.
func Infof(format string, args ...any) {}

// Infoln logs a message at level Info.
func Infoln(args ...any) {}

// InfoFn logs a message from a func at level Info.
func InfoFn(fn LogFunction) {}

// Warn logs a message at level Warn.
func Warn(args ...any) {}

// Warnf logs a formatted message at level Warn.
func Warnf(format string, args ...any) {}

// Warnln logs a message at level Warn.
func Warnln(args ...any) {}

// WarnFn logs a message from a func at level Warn.
func WarnFn(fn LogFunction) {}

// Warning logs a message at level Warning.
func Warning(args ...any) {}

// Warningf logs a formatted message at level Warning.
func Warningf(format string, args ...any) {}

// Warningln logs a message at level Warning.
func Warningln(args ...any) {}

// WarningFn logs a message from a func at level Warning.
func WarningFn(fn LogFunction) {}

// Error logs a message at level Error.
func Error(args ...any) {}

// Errorf logs a formatted message at level Error.
func Errorf(format string, args ...any) {}

// Errorln logs a message at level Error.
func Errorln(args ...any) {}

// ErrorFn logs a message from a func at level Error.
func ErrorFn(fn LogFunction) {}

// Fatal logs a message at level Fatal.
func Fatal(args ...any) {}

// Fatalf logs a formatted message at level Fatal.
func Fatalf(format string, args ...any) {}

// Fatalln logs a message at level Fatal.
func Fatalln(args ...any) {}

// FatalFn logs a message from a func at level Fatal.
func FatalFn(fn LogFunction) {}

// Panic logs a message at level Panic.
func Panic(args ...any) {}

// Panicf logs a formatted message at level Panic.
func Panicf(format string, args ...any) {}

// Panicln logs a message at level Panic.
func Panicln(args ...any) {}

// PanicFn logs a message from a func at level Panic.
func PanicFn(fn LogFunction) {}

// Log logs a message at the given level.
func (logger *Logger) Log(level Level, args ...any) {}

// Logf logs a formatted message at the given level.
func (logger *Logger) Logf(level Level, format string, args ...any) {}

// Logln logs a message at the given level.
func (logger *Logger) Logln(level Level, args ...any) {}

// Trace logs a message at level Trace.
func (logger *Logger) Trace(args ...any) {}

// Tracef logs a formatted message at level Trace.
func (logger *Logger) Tracef(format string, args ...any) {}

// Traceln logs a message at level Trace.
func (logger *Logger) Traceln(args ...any) {}

// TraceFn logs a message from a func at level Trace.
func (logger *Logger) TraceFn(fn LogFunction) {}

// Debug logs a message at level Debug.
func (logger *Logger) Debug(args ...any) {}

// Debugf logs a formatted message at level Debug.
func (logger *Logger) Debugf(format string, args ...any) {}

// Debugln logs a message at level Debug.
func (logger *Logger) Debugln(args ...any) {}

// DebugFn logs a message from a func at level Debug.
func (logger *Logger) DebugFn(fn LogFunction) {}

// Print logs a message at level Print.
func (logger *Logger) Print(args ...any) {}

// Printf logs a formatted message at level Print.
func (logger *Logger) Printf(format string, args ...any) {}

// Println logs a message at level Print.
func (logger *Logger) Println(args ...any) {}

// PrintFn logs a message from a func at level Print.
func (logger *Logger) PrintFn(fn LogFunction) {}

// Info logs a message at level Info.
func (logger *Logger) Info(args ...any) {}

// Infof logs a formatted message at level Info.
func (logger *Logger) Infof(format string, args ...any) {}

// Infoln logs a message at level Info.
func (logger *Logger) Infoln(args ...any) {}

// InfoFn logs a message from a func at level Info.
func (logger *Logger) InfoFn(fn LogFunction) {}

// Warn logs a message at level Warn.
func (logger *Logger) Warn(args ...any) {}

// Warnf logs a formatted message at level Warn.
func (logger *Logger) Warnf(format string, args ...any) {}

// Warnln logs a message at level Warn.
func (logger *Logger) Warnln(args ...any) {}

// WarnFn logs a message from a func at level Warn.
func (logger *Logger) WarnFn(fn LogFunction) {}

// Warning logs a message at level Warning.
func (logger *Logger) Warning(args ...any) {}

// Warningf logs a formatted message at level Warning.
func (logger *Logger) Warningf(format string, args ...any) {}

// Warningln logs a message at level Warning.
func (logger *Logger) Warningln(args ...any) {}

// WarningFn logs a message from a func at level Warning.
func (logger *Logger) WarningFn(fn LogFunction) {}

// Error logs a message at level Error.
func (logger *Logger) Error(args ...any) {}

// Errorf logs a formatted message at level Error.
func (logger *Logger) Errorf(format string, args ...any) {}

// Errorln logs a message at level Error.
func (logger *Logger) Errorln(args ...any) {}

// ErrorFn logs a message from a func at level Error.
func (logger *Logger) ErrorFn(fn LogFunction) {}

// Fatal logs a message at level Fatal.
func (logger *Logger) Fatal(args ...any) {}

// Fatalf logs a formatted message at level Fatal.
func (logger *Logger) Fatalf(format string, args ...any) {}

// Fatalln logs a message at level Fatal.
func (logger *Logger) Fatalln(args ...any) {}

// FatalFn logs a message from a func at level Fatal.
func (logger *Logger) FatalFn(fn LogFunction) {}

// Panic logs a message at level Panic.
func (logger *Logger) Panic(args ...any) {}

// Panicf logs a formatted message at level Panic.
func (logger *Logger) Panicf(format string, args ...any) {}

// Panicln logs a message at level Panic.
func (logger *Logger) Panicln(args ...any) {}

// PanicFn logs a message from a func at level Panic.
func (logger *Logger) PanicFn(fn LogFunction) {}

// Log logs a message at the given level.
func (entry *Entry) Log(level Level, args ...any) {}

// Logf logs a formatted message at the given level.
func (entry *Entry) Logf(level Level, format string, args ...any) {}

// Logln logs a message at the given level.
func (entry *Entry) Logln(level Level, args ...any) {}

// Trace logs a message at level Trace.
func (entry *Entry) Trace(args ...any) {}

// Tracef logs a formatted message at level Trace.
func (entry *Entry) Tracef(format string, args ...any) {}

// Traceln logs a message at level Trace.
func (entry *Entry) Traceln(args ...any) {}

// Debug logs a message at level Debug.
func (entry *Entry) Debug(args ...any) {}

// Debugf logs a formatted message at level Debug.
func (entry *Entry) Debugf(format string, args ...any) {}

// Debugln logs a message at level Debug.
func (entry *Entry) Debugln(args ...any) {}

// Print logs a message at level Print.
func (entry *Entry) Print(args ...any) {}

// Printf logs a formatted message at level Print.
func (entry *Entry) Printf(format string, args ...any) {}

// Println logs a message at level Print.
func (entry *Entry) Println(args ...any) {}

// Info logs a message at level Info.
func (entry *Entry) Info(args ...any) {}

// Infof logs a formatted message at level Info.
func (entry *Entry) Infof(format string, args ...any) {}

// Infoln logs a message at level Info.
func (entry *Entry) Infoln(args ...any) {}

// Warn logs a message at level Warn.
func (entry *Entry) Warn(args ...any) {}

// Warnf logs a formatted message at level Warn.
func (entry *Entry) Warnf(format string, args ...any) {}

// Warnln logs a message at level Warn.
func (entry *Entry) Warnln(args ...any) {}

// Warning logs a message at level Warning.
func (entry *Entry) Warning(args ...any) {}

// Warningf logs a formatted message at level Warning.
func (entry *Entry) Warningf(format string, args ...any) {}

// Warningln logs a message at level Warning.
func (entry *Entry) Warningln(args ...any) {}

// Error logs a message at level Error.
func (entry *Entry) Error(args ...any) {}

// Errorf logs a formatted message at level Error.
func (entry *Entry) Errorf(format string, args ...any) {}

// Errorln logs a message at level Error.
func (entry *Entry) Errorln(args ...any) {}

// Fatal logs a message at level Fatal.
func (entry *Entry) Fatal(args ...any) {}

// Fatalf logs a formatted message at level Fatal.
func (entry *Entry) Fatalf(format string, args ...any) {}

// Fatalln logs a message at level Fatal.
func (entry *Entry) Fatalln(args ...any) {}

// Panic logs a message at level Panic.
func (entry *Entry) Panic(args ...any) {}

// Panicf logs a formatted message at level Panic.
func (entry *Entry) Panicf(format string, args ...any) {}

// Panicln logs a message at level Panic.
func (entry *Entry) Panicln(args ...any) {}
