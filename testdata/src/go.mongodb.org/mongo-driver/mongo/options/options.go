// Package options is a minimal stub of go.mongodb.org/mongo-driver/mongo/options v1.17.10 for facelint's tests: only the API facelint models, with the real signatures.
package options

// ClientOptions represents arguments that can be used to configure the operation.
type ClientOptions struct {
	Hosts   []string
	AppName *string
	uri     string
}

// Client creates a new ClientOptions instance.
func Client() *ClientOptions { return &ClientOptions{} }

// DatabaseOptions represents arguments that can be used to configure the operation.
type DatabaseOptions struct {
}

// Database creates a new DatabaseOptions instance.
func Database() *DatabaseOptions { return &DatabaseOptions{} }

// CollectionOptions represents arguments that can be used to configure the operation.
type CollectionOptions struct {
}

// Collection creates a new CollectionOptions instance.
func Collection() *CollectionOptions { return &CollectionOptions{} }

// InsertOneOptions represents arguments that can be used to configure the operation.
type InsertOneOptions struct {
}

// InsertOne creates a new InsertOneOptions instance.
func InsertOne() *InsertOneOptions { return &InsertOneOptions{} }

// InsertManyOptions represents arguments that can be used to configure the operation.
type InsertManyOptions struct {
}

// InsertMany creates a new InsertManyOptions instance.
func InsertMany() *InsertManyOptions { return &InsertManyOptions{} }

// UpdateOptions represents arguments that can be used to configure the operation.
type UpdateOptions struct {
	Upsert *bool
}

// Update creates a new UpdateOptions instance.
func Update() *UpdateOptions { return &UpdateOptions{} }

// SetUpsert sets the value for the Upsert field.
func (o *UpdateOptions) SetUpsert(b bool) *UpdateOptions {
	o.Upsert = &b
	return o
}

// ReplaceOptions represents arguments that can be used to configure the operation.
type ReplaceOptions struct {
	Upsert *bool
}

// Replace creates a new ReplaceOptions instance.
func Replace() *ReplaceOptions { return &ReplaceOptions{} }

// SetUpsert sets the value for the Upsert field.
func (o *ReplaceOptions) SetUpsert(b bool) *ReplaceOptions {
	o.Upsert = &b
	return o
}

// FindOptions represents arguments that can be used to configure the operation.
type FindOptions struct {
}

// Find creates a new FindOptions instance.
func Find() *FindOptions { return &FindOptions{} }

// FindOneOptions represents arguments that can be used to configure the operation.
type FindOneOptions struct {
}

// FindOne creates a new FindOneOptions instance.
func FindOne() *FindOneOptions { return &FindOneOptions{} }

// FindOneAndReplaceOptions represents arguments that can be used to configure the operation.
type FindOneAndReplaceOptions struct {
	Upsert *bool
}

// FindOneAndReplace creates a new FindOneAndReplaceOptions instance.
func FindOneAndReplace() *FindOneAndReplaceOptions { return &FindOneAndReplaceOptions{} }

// SetUpsert sets the value for the Upsert field.
func (o *FindOneAndReplaceOptions) SetUpsert(b bool) *FindOneAndReplaceOptions {
	o.Upsert = &b
	return o
}

// FindOneAndUpdateOptions represents arguments that can be used to configure the operation.
type FindOneAndUpdateOptions struct {
	Upsert *bool
}

// FindOneAndUpdate creates a new FindOneAndUpdateOptions instance.
func FindOneAndUpdate() *FindOneAndUpdateOptions { return &FindOneAndUpdateOptions{} }

// SetUpsert sets the value for the Upsert field.
func (o *FindOneAndUpdateOptions) SetUpsert(b bool) *FindOneAndUpdateOptions {
	o.Upsert = &b
	return o
}

// DeleteOptions represents arguments that can be used to configure the operation.
type DeleteOptions struct {
}

// Delete creates a new DeleteOptions instance.
func Delete() *DeleteOptions { return &DeleteOptions{} }

// ApplyURI parses the given URI and sets options accordingly.
func (c *ClientOptions) ApplyURI(uri string) *ClientOptions {
	c.uri = uri
	return c
}
