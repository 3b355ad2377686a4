package zerolog

import (
	"context"
	"fmt"
	"time"
)

// Event represents a log event.
type Event struct {
	l      *Logger
	fields []interface{}
}

func newEvent(l *Logger) *Event { return &Event{l: l} }

// LogObjectMarshaler provides a strongly-typed and encoding-agnostic interface
// to be implemented by types used with Event/Context's Object methods.
type LogObjectMarshaler interface {
	MarshalZerologObject(e *Event)
}

// Dict creates an Event to be used with the *Event.Dict method.
func Dict() *Event { return &Event{} }

// Enabled return false if the *Event is going to be filtered out by
// log level or sampling.
func (e *Event) Enabled() bool { return e != nil }

// Discard disables the event so Msg(f) won't print it.
func (e *Event) Discard() *Event { return nil }

// Msg sends the *Event with msg added as the message field if not empty.
func (e *Event) Msg(msg string) {}

// Send is equivalent to calling Msg("").
func (e *Event) Send() {}

// Msgf sends the event with formatted msg added as the message field if not empty.
func (e *Event) Msgf(format string, v ...interface{}) {}

// Fields is a helper function to use a map or slice to set fields using type assertion.
func (e *Event) Fields(fields interface{}) *Event { return e }

// Dict adds the field key with a dict to the event context.
func (e *Event) Dict(key string, dict *Event) *Event { return e }

// Func allows an anonymous func to run only if the event is enabled.
func (e *Event) Func(f func(e *Event)) *Event { return e }

// Object marshals an object that implement the LogObjectMarshaler interface.
func (e *Event) Object(key string, obj LogObjectMarshaler) *Event { return e }

// Str adds the field key with val as a string to the *Event context.
func (e *Event) Str(key, val string) *Event { return e }

// Strs adds the field key with vals as a []string to the *Event context.
func (e *Event) Strs(key string, vals []string) *Event { return e }

// Stringer adds the field key with val.String() (or null if val is nil)
// to the *Event context.
func (e *Event) Stringer(key string, val fmt.Stringer) *Event { return e }

// Bytes adds the field key with val as a string to the *Event context.
func (e *Event) Bytes(key string, val []byte) *Event { return e }

// Hex adds the field key with val as a hex string to the *Event context.
func (e *Event) Hex(key string, val []byte) *Event { return e }

// RawJSON adds already encoded JSON to the log line under key.
func (e *Event) RawJSON(key string, b []byte) *Event { return e }

// Errs adds the field key with errs as an array of serialized errors to the
// *Event context.
func (e *Event) Errs(key string, errs []error) *Event { return e }

// Err adds the field "error" with serialized err to the *Event context.
func (e *Event) Err(err error) *Event { return e }

// Ctx adds the Go Context to the *Event context.
func (e *Event) Ctx(ctx context.Context) *Event { return e }

// Bool adds the field key with val as a bool to the *Event context.
func (e *Event) Bool(key string, b bool) *Event { return e }

// Int adds the field key with i as a int to the *Event context.
func (e *Event) Int(key string, i int) *Event { return e }

// Timestamp adds the current local time as UNIX timestamp to the *Event context.
func (e *Event) Timestamp() *Event { return e }

// Time adds the field key with t formatted as string.
func (e *Event) Time(key string, t time.Time) *Event { return e }

// Any is a wrapper around Event.Interface.
func (e *Event) Any(key string, i interface{}) *Event { return e }

// Interface adds the field key with i marshaled using reflection.
func (e *Event) Interface(key string, i interface{}) *Event { return e }

// Caller adds the file:line of the caller.
func (e *Event) Caller(skip ...int) *Event { return e }
