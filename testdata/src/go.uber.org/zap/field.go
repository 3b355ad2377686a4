// Package zap is a minimal stub of go.uber.org/zap v1.28.0 for facelint's tests: only the API facelint models, with the real signatures.
package zap

import (
	"fmt"
	"time"

	"go.uber.org/zap/zapcore"
)

// Field is an alias for Field. Aliasing this type dramatically
// improves the navigability of this package's API documentation.
type Field = zapcore.Field

// Skip constructs a no-op field.
func Skip() Field {
	return Field{Type: zapcore.SkipType}
}

// Binary constructs a field that carries an opaque binary blob.
func Binary(key string, val []byte) Field {
	return Field{Key: key, Type: zapcore.BinaryType, Interface: val}
}

// Bool constructs a field that carries a bool.
func Bool(key string, val bool) Field {
	var ival int64
	if val {
		ival = 1
	}
	return Field{Key: key, Type: zapcore.BoolType, Integer: ival}
}

// ByteString constructs a field that carries UTF-8 encoded text as a []byte.
func ByteString(key string, val []byte) Field {
	return Field{Key: key, Type: zapcore.ByteStringType, Interface: val}
}

// Float64 constructs a field that carries a float64.
func Float64(key string, val float64) Field {
	return Field{Key: key, Type: zapcore.Float64Type}
}

// Int constructs a field with the given key and value.
func Int(key string, val int) Field {
	return Int64(key, int64(val))
}

// Int64 constructs a field with the given key and value.
func Int64(key string, val int64) Field {
	return Field{Key: key, Type: zapcore.Int64Type, Integer: val}
}

// String constructs a field with the given key and value.
func String(key string, val string) Field {
	return Field{Key: key, Type: zapcore.StringType, String: val}
}

// Stringp constructs a field that carries a *string.
func Stringp(key string, val *string) Field {
	if val == nil {
		return Reflect(key, nil)
	}
	return String(key, *val)
}

// Reflect constructs a field with the given key and an arbitrary object.
func Reflect(key string, val interface{}) Field {
	return Field{Key: key, Type: zapcore.ReflectType, Interface: val}
}

// Namespace creates a named, isolated scope within the logger's context.
func Namespace(key string) Field {
	return Field{Key: key, Type: zapcore.NamespaceType}
}

// Stringer constructs a field with the given key and the output of the value's
// String method.
func Stringer(key string, val fmt.Stringer) Field {
	return Field{Key: key, Type: zapcore.StringerType, Interface: val}
}

// Time constructs a Field with the given key and value.
func Time(key string, val time.Time) Field {
	return Field{Key: key, Type: zapcore.TimeFullType, Interface: val}
}

// Duration constructs a field with the given key and value.
func Duration(key string, val time.Duration) Field {
	return Field{Key: key, Type: zapcore.DurationType, Integer: int64(val)}
}

// Object constructs a field with the given key and ObjectMarshaler.
func Object(key string, val zapcore.ObjectMarshaler) Field {
	if val == nil {
		return Reflect(key, nil)
	}
	return Field{Key: key, Type: zapcore.ObjectMarshalerType, Interface: val}
}

// Inline constructs a Field that is similar to Object, but it
// will add the elements of the provided ObjectMarshaler to the
// current namespace.
func Inline(val zapcore.ObjectMarshaler) Field {
	return zapcore.Field{
		Type:      zapcore.InlineMarshalerType,
		Interface: val,
	}
}

// Any takes a key and an arbitrary value and chooses the best way to represent
// them as a field.
func Any(key string, value interface{}) Field {
	return Field{Key: key, Type: zapcore.ReflectType, Interface: value}
}

// ByteStrings constructs a field that carries a slice of []byte, each of which
// must be UTF-8 encoded text.
func ByteStrings(key string, bss [][]byte) Field {
	return Field{Key: key, Type: zapcore.ArrayMarshalerType, Interface: bss}
}

// Ints constructs a field that carries a slice of integers.
func Ints(key string, nums []int) Field {
	return Field{Key: key, Type: zapcore.ArrayMarshalerType, Interface: nums}
}

// Strings constructs a field that carries a slice of strings.
func Strings(key string, ss []string) Field {
	return Field{Key: key, Type: zapcore.ArrayMarshalerType, Interface: ss}
}

// Errors constructs a field that carries a slice of errors.
func Errors(key string, errs []error) Field {
	return Field{Key: key, Type: zapcore.ArrayMarshalerType, Interface: errs}
}

// Error is shorthand for the common idiom NamedError("error", err).
func Error(err error) Field {
	return NamedError("error", err)
}

// NamedError constructs a field that lazily stores err.Error() under the
// provided key.
func NamedError(key string, err error) Field {
	if err == nil {
		return Skip()
	}
	return Field{Key: key, Type: zapcore.ErrorType, Interface: err}
}
