// Package ent has the shape of the code that entgo.io/ent generates for a
// schema with a face field (client.Face.Create().SetImage(b).Save(ctx)):
// the project's own code, analysed as such.
package ent

import (
	"context"

	"entgo.io/ent/dialect"
	"entgo.io/ent/dialect/sql/sqlgraph"
	"entgo.io/ent/schema/field"
)

// FaceMutation holds the fields set on a builder.
type FaceMutation struct {
	user  *string
	image *[]byte
}

// SetImage sets the "image" field.
func (m *FaceMutation) SetImage(b []byte) { m.image = &b }

// Image returns the value of the "image" field.
func (m *FaceMutation) Image() (r []byte, exists bool) {
	v := m.image
	if v == nil {
		return
	}
	return *v, true
}

// SetUser sets the "user" field.
func (m *FaceMutation) SetUser(s string) { m.user = &s }

// User returns the value of the "user" field.
func (m *FaceMutation) User() (r string, exists bool) {
	v := m.user
	if v == nil {
		return
	}
	return *v, true
}

// FaceCreate is the builder for creating a Face entity.
type FaceCreate struct {
	driver   dialect.Driver
	mutation *FaceMutation
}

// NewFaceCreate returns a builder on a driver.
func NewFaceCreate(drv dialect.Driver) *FaceCreate {
	return &FaceCreate{driver: drv, mutation: &FaceMutation{}}
}

// SetImage sets the "image" field.
func (fc *FaceCreate) SetImage(b []byte) *FaceCreate {
	fc.mutation.SetImage(b)
	return fc
}

// SetUser sets the "user" field.
func (fc *FaceCreate) SetUser(s string) *FaceCreate {
	fc.mutation.SetUser(s)
	return fc
}

// Save creates the Face in the database.
func (fc *FaceCreate) Save(ctx context.Context) error {
	_spec := fc.createSpec()
	return sqlgraph.CreateNode(ctx, fc.driver, _spec)
}

func (fc *FaceCreate) createSpec() *sqlgraph.CreateSpec {
	_spec := sqlgraph.NewCreateSpec("faces", sqlgraph.NewFieldSpec("id", field.TypeInt))
	if value, ok := fc.mutation.User(); ok {
		_spec.SetField("user", field.TypeString, value)
	}
	if value, ok := fc.mutation.Image(); ok {
		_spec.SetField("image", field.TypeBytes, value)
	}
	return _spec
}
