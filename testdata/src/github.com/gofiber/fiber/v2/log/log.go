// Package log is a minimal stub of github.com/gofiber/fiber/v2/log v2.52.15
// for facelint's tests.
package log

// Infof calls the default logger's Infof method.
func Infof(format string, v ...interface{}) {}

// Infow logs a message with some additional context.
func Infow(msg string, keysAndValues ...interface{}) {}
