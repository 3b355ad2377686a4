// Package field is a minimal stub of entgo.io/ent/schema/field v0.14.5 for facelint's tests: only the API facelint models, with the real signatures.
package field

// A Type represents a field type.
type Type uint8

// List of field types.
const (
	TypeInvalid Type = iota
	TypeBool
	TypeTime
	TypeJSON
	TypeUUID
	TypeBytes
	TypeEnum
	TypeString
	TypeOther
	TypeInt8
	TypeInt16
	TypeInt32
	TypeInt
)
