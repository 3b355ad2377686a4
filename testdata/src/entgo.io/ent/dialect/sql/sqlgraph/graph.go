// Package sqlgraph is a minimal stub of entgo.io/ent/dialect/sql/sqlgraph v0.14.5 for facelint's tests: only the API facelint models, with the real signatures.
package sqlgraph

import (
	"context"
	"database/sql/driver"

	"entgo.io/ent/dialect"
	"entgo.io/ent/schema/field"
)

type (
	// FieldSpec holds the information for updating a field column in the database.
	FieldSpec struct {
		Column string
		Type   field.Type
		Value  driver.Value // value to be stored.
	}

	// CreateSpec holds the information for creating a node in the graph.
	CreateSpec struct {
		Table  string
		Schema string
		ID     *FieldSpec
		Fields []*FieldSpec
	}
)

// NewFieldSpec creates a new FieldSpec with its required fields.
func NewFieldSpec(column string, typ field.Type) *FieldSpec {
	return &FieldSpec{Column: column, Type: typ}
}

// NewCreateSpec creates a new node creation spec.
func NewCreateSpec(table string, id *FieldSpec) *CreateSpec {
	return &CreateSpec{Table: table, ID: id}
}

// SetField appends a new field setter to the creation spec.
func (u *CreateSpec) SetField(column string, t field.Type, value driver.Value) {
	u.Fields = append(u.Fields, &FieldSpec{Column: column, Type: t, Value: value})
}

// CreateNode applies the CreateSpec on the graph.
func CreateNode(ctx context.Context, drv dialect.Driver, spec *CreateSpec) error { return nil }
