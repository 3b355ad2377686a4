// Package zapcore is a minimal stub of go.uber.org/zap/zapcore v1.28.0 for facelint's tests: only the API facelint models, with the real signatures.
package zapcore

import "time"

// A FieldType indicates which member of the Field union struct should be used
// and how it should be serialized.
type FieldType uint8

// Field types.
const (
	UnknownType FieldType = iota
	ArrayMarshalerType
	ObjectMarshalerType
	BinaryType
	BoolType
	ByteStringType
	Complex128Type
	Complex64Type
	DurationType
	Float64Type
	Float32Type
	Int64Type
	Int32Type
	Int16Type
	Int8Type
	StringType
	TimeType
	TimeFullType
	Uint64Type
	Uint32Type
	Uint16Type
	Uint8Type
	UintptrType
	ReflectType
	NamespaceType
	StringerType
	ErrorType
	SkipType
	InlineMarshalerType
)

// A Field is a marshaling operation used to add a key-value pair to a logger's
// context.
type Field struct {
	Key       string
	Type      FieldType
	Integer   int64
	String    string
	Interface interface{}
}

// Equals returns whether two fields are equal.
func (f Field) Equals(other Field) bool {
	return f.Key == other.Key && f.Type == other.Type && f.Integer == other.Integer && f.String == other.String
}

// ObjectMarshaler allows user-defined types to efficiently add themselves to the
// logging context, and to selectively omit information which shouldn't be
// included in logs (e.g., passwords).
type ObjectMarshaler interface {
	MarshalLogObject(ObjectEncoder) error
}

// ObjectEncoder is a strongly-typed, encoding-agnostic interface for adding a
// map- or struct-like object to the logging context (subset of the real one).
type ObjectEncoder interface {
	AddObject(key string, marshaler ObjectMarshaler) error
	AddBinary(key string, value []byte)
	AddByteString(key string, value []byte)
	AddBool(key string, value bool)
	AddDuration(key string, value time.Duration)
	AddFloat64(key string, value float64)
	AddInt(key string, value int)
	AddInt64(key string, value int64)
	AddString(key, value string)
	AddTime(key string, value time.Time)
	AddReflected(key string, value interface{}) error
	OpenNamespace(key string)
}

// A Level is a logging priority. Higher levels are more important.
type Level int8

// Levels.
const (
	DebugLevel Level = iota - 1
	InfoLevel
	WarnLevel
	ErrorLevel
	DPanicLevel
	PanicLevel
	FatalLevel
)
