// Package options is a minimal stub of go.mongodb.org/mongo-driver/v2/mongo/options v2.10.0 for facelint's tests: only the API facelint models, with the real signatures.
package options

import "go.mongodb.org/mongo-driver/v2/bson"

// Lister is an interface that wraps a List method to return a
// slice of option setters.
type Lister[T any] interface {
	List() []func(*T) error
}

// ClientOptions contains arguments to configure a Client instance.
type ClientOptions struct {
	Hosts   []string
	AppName *string
	uri     string
}

// Client creates a new ClientOptions instance.
func Client() *ClientOptions { return &ClientOptions{} }

// ApplyURI parses the given URI and sets options accordingly.
func (c *ClientOptions) ApplyURI(uri string) *ClientOptions {
	c.uri = uri
	return c
}

// DatabaseOptions represents arguments that can be used to configure the operation.
type DatabaseOptions struct {
}

// DatabaseOptionsBuilder contains options to configure the operation.
type DatabaseOptionsBuilder struct {
	Opts []func(*DatabaseOptions) error
}

// Database creates a new DatabaseOptionsBuilder instance.
func Database() *DatabaseOptionsBuilder { return &DatabaseOptionsBuilder{} }

// List returns a list of DatabaseOptions setter functions.
func (o *DatabaseOptionsBuilder) List() []func(*DatabaseOptions) error { return o.Opts }

// CollectionOptions represents arguments that can be used to configure the operation.
type CollectionOptions struct {
}

// CollectionOptionsBuilder contains options to configure the operation.
type CollectionOptionsBuilder struct {
	Opts []func(*CollectionOptions) error
}

// Collection creates a new CollectionOptionsBuilder instance.
func Collection() *CollectionOptionsBuilder { return &CollectionOptionsBuilder{} }

// List returns a list of CollectionOptions setter functions.
func (o *CollectionOptionsBuilder) List() []func(*CollectionOptions) error { return o.Opts }

// InsertOneOptions represents arguments that can be used to configure the operation.
type InsertOneOptions struct {
}

// InsertOneOptionsBuilder contains options to configure the operation.
type InsertOneOptionsBuilder struct {
	Opts []func(*InsertOneOptions) error
}

// InsertOne creates a new InsertOneOptionsBuilder instance.
func InsertOne() *InsertOneOptionsBuilder { return &InsertOneOptionsBuilder{} }

// List returns a list of InsertOneOptions setter functions.
func (o *InsertOneOptionsBuilder) List() []func(*InsertOneOptions) error { return o.Opts }

// InsertManyOptions represents arguments that can be used to configure the operation.
type InsertManyOptions struct {
}

// InsertManyOptionsBuilder contains options to configure the operation.
type InsertManyOptionsBuilder struct {
	Opts []func(*InsertManyOptions) error
}

// InsertMany creates a new InsertManyOptionsBuilder instance.
func InsertMany() *InsertManyOptionsBuilder { return &InsertManyOptionsBuilder{} }

// List returns a list of InsertManyOptions setter functions.
func (o *InsertManyOptionsBuilder) List() []func(*InsertManyOptions) error { return o.Opts }

// UpdateOneOptions represents arguments that can be used to configure the operation.
type UpdateOneOptions struct {
	Upsert *bool
}

// UpdateOneOptionsBuilder contains options to configure the operation.
type UpdateOneOptionsBuilder struct {
	Opts []func(*UpdateOneOptions) error
}

// UpdateOne creates a new UpdateOneOptionsBuilder instance.
func UpdateOne() *UpdateOneOptionsBuilder { return &UpdateOneOptionsBuilder{} }

// List returns a list of UpdateOneOptions setter functions.
func (o *UpdateOneOptionsBuilder) List() []func(*UpdateOneOptions) error { return o.Opts }

// SetUpsert sets the value for the Upsert field.
func (o *UpdateOneOptionsBuilder) SetUpsert(b bool) *UpdateOneOptionsBuilder {
	o.Opts = append(o.Opts, func(opts *UpdateOneOptions) error {
		opts.Upsert = &b
		return nil
	})
	return o
}

// UpdateManyOptions represents arguments that can be used to configure the operation.
type UpdateManyOptions struct {
	Upsert *bool
}

// UpdateManyOptionsBuilder contains options to configure the operation.
type UpdateManyOptionsBuilder struct {
	Opts []func(*UpdateManyOptions) error
}

// UpdateMany creates a new UpdateManyOptionsBuilder instance.
func UpdateMany() *UpdateManyOptionsBuilder { return &UpdateManyOptionsBuilder{} }

// List returns a list of UpdateManyOptions setter functions.
func (o *UpdateManyOptionsBuilder) List() []func(*UpdateManyOptions) error { return o.Opts }

// SetUpsert sets the value for the Upsert field.
func (o *UpdateManyOptionsBuilder) SetUpsert(b bool) *UpdateManyOptionsBuilder {
	o.Opts = append(o.Opts, func(opts *UpdateManyOptions) error {
		opts.Upsert = &b
		return nil
	})
	return o
}

// ReplaceOptions represents arguments that can be used to configure the operation.
type ReplaceOptions struct {
	Upsert *bool
}

// ReplaceOptionsBuilder contains options to configure the operation.
type ReplaceOptionsBuilder struct {
	Opts []func(*ReplaceOptions) error
}

// Replace creates a new ReplaceOptionsBuilder instance.
func Replace() *ReplaceOptionsBuilder { return &ReplaceOptionsBuilder{} }

// List returns a list of ReplaceOptions setter functions.
func (o *ReplaceOptionsBuilder) List() []func(*ReplaceOptions) error { return o.Opts }

// SetUpsert sets the value for the Upsert field.
func (o *ReplaceOptionsBuilder) SetUpsert(b bool) *ReplaceOptionsBuilder {
	o.Opts = append(o.Opts, func(opts *ReplaceOptions) error {
		opts.Upsert = &b
		return nil
	})
	return o
}

// FindOptions represents arguments that can be used to configure the operation.
type FindOptions struct {
}

// FindOptionsBuilder contains options to configure the operation.
type FindOptionsBuilder struct {
	Opts []func(*FindOptions) error
}

// Find creates a new FindOptionsBuilder instance.
func Find() *FindOptionsBuilder { return &FindOptionsBuilder{} }

// List returns a list of FindOptions setter functions.
func (o *FindOptionsBuilder) List() []func(*FindOptions) error { return o.Opts }

// FindOneOptions represents arguments that can be used to configure the operation.
type FindOneOptions struct {
}

// FindOneOptionsBuilder contains options to configure the operation.
type FindOneOptionsBuilder struct {
	Opts []func(*FindOneOptions) error
}

// FindOne creates a new FindOneOptionsBuilder instance.
func FindOne() *FindOneOptionsBuilder { return &FindOneOptionsBuilder{} }

// List returns a list of FindOneOptions setter functions.
func (o *FindOneOptionsBuilder) List() []func(*FindOneOptions) error { return o.Opts }

// FindOneAndReplaceOptions represents arguments that can be used to configure the operation.
type FindOneAndReplaceOptions struct {
	Upsert *bool
}

// FindOneAndReplaceOptionsBuilder contains options to configure the operation.
type FindOneAndReplaceOptionsBuilder struct {
	Opts []func(*FindOneAndReplaceOptions) error
}

// FindOneAndReplace creates a new FindOneAndReplaceOptionsBuilder instance.
func FindOneAndReplace() *FindOneAndReplaceOptionsBuilder { return &FindOneAndReplaceOptionsBuilder{} }

// List returns a list of FindOneAndReplaceOptions setter functions.
func (o *FindOneAndReplaceOptionsBuilder) List() []func(*FindOneAndReplaceOptions) error {
	return o.Opts
}

// SetUpsert sets the value for the Upsert field.
func (o *FindOneAndReplaceOptionsBuilder) SetUpsert(b bool) *FindOneAndReplaceOptionsBuilder {
	o.Opts = append(o.Opts, func(opts *FindOneAndReplaceOptions) error {
		opts.Upsert = &b
		return nil
	})
	return o
}

// FindOneAndUpdateOptions represents arguments that can be used to configure the operation.
type FindOneAndUpdateOptions struct {
	Upsert *bool
}

// FindOneAndUpdateOptionsBuilder contains options to configure the operation.
type FindOneAndUpdateOptionsBuilder struct {
	Opts []func(*FindOneAndUpdateOptions) error
}

// FindOneAndUpdate creates a new FindOneAndUpdateOptionsBuilder instance.
func FindOneAndUpdate() *FindOneAndUpdateOptionsBuilder { return &FindOneAndUpdateOptionsBuilder{} }

// List returns a list of FindOneAndUpdateOptions setter functions.
func (o *FindOneAndUpdateOptionsBuilder) List() []func(*FindOneAndUpdateOptions) error { return o.Opts }

// SetUpsert sets the value for the Upsert field.
func (o *FindOneAndUpdateOptionsBuilder) SetUpsert(b bool) *FindOneAndUpdateOptionsBuilder {
	o.Opts = append(o.Opts, func(opts *FindOneAndUpdateOptions) error {
		opts.Upsert = &b
		return nil
	})
	return o
}

// DeleteOneOptions represents arguments that can be used to configure the operation.
type DeleteOneOptions struct {
}

// DeleteOneOptionsBuilder contains options to configure the operation.
type DeleteOneOptionsBuilder struct {
	Opts []func(*DeleteOneOptions) error
}

// DeleteOne creates a new DeleteOneOptionsBuilder instance.
func DeleteOne() *DeleteOneOptionsBuilder { return &DeleteOneOptionsBuilder{} }

// List returns a list of DeleteOneOptions setter functions.
func (o *DeleteOneOptionsBuilder) List() []func(*DeleteOneOptions) error { return o.Opts }

// EncryptOptions represents arguments to explicitly encrypt a value.
type EncryptOptions struct {
	KeyID     *bson.Binary
	Algorithm string
}

// EncryptOptionsBuilder contains options to configure Encrypt.
type EncryptOptionsBuilder struct {
	Opts []func(*EncryptOptions) error
}

// Encrypt creates a new EncryptOptions instance.
func Encrypt() *EncryptOptionsBuilder { return &EncryptOptionsBuilder{} }

// List returns a list of EncryptOptions setter functions.
func (e *EncryptOptionsBuilder) List() []func(*EncryptOptions) error { return e.Opts }
