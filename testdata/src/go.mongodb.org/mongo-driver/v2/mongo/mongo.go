// Package mongo is a minimal stub of go.mongodb.org/mongo-driver/v2/mongo v2.10.0 for facelint's tests: only the API facelint models, with the real signatures.
package mongo

import (
	"context"
	"errors"

	"go.mongodb.org/mongo-driver/v2/bson"
	"go.mongodb.org/mongo-driver/v2/mongo/options"
	"go.mongodb.org/mongo-driver/v2/mongo/readpref"
)

// ErrNoDocuments is returned by SingleResult methods when the operation that
// created the SingleResult did not return any documents.
var ErrNoDocuments = errors.New("mongo: no documents in result")

// Client is a handle representing a pool of connections to a MongoDB deployment.
type Client struct {
	closed bool
}

// Connect creates a new Client and then initializes it using the Connect method.
func Connect(opts ...*options.ClientOptions) (*Client, error) {
	return &Client{}, nil
}

// Disconnect closes sockets to the topology referenced by this Client.
func (c *Client) Disconnect(ctx context.Context) error { return nil }

// Ping sends a ping command to verify that the client can connect to the deployment.
func (c *Client) Ping(ctx context.Context, rp *readpref.ReadPref) error { return nil }

// Database returns a handle for a database with the given name configured with the given DatabaseOptions.
func (c *Client) Database(name string, opts ...options.Lister[options.DatabaseOptions]) *Database {
	return &Database{client: c, name: name}
}

// Database is a handle to a MongoDB database.
type Database struct {
	client *Client
	name   string
}

// Name returns the name of the database.
func (db *Database) Name() string { return db.name }

// Collection gets a handle for a collection with the given name configured with the given CollectionOptions.
func (db *Database) Collection(name string, opts ...options.Lister[options.CollectionOptions]) *Collection {
	return &Collection{db: db, name: name}
}

// Collection is a handle to a MongoDB collection.
type Collection struct {
	db   *Database
	name string
}

// Name returns the name of the collection.
func (coll *Collection) Name() string { return coll.name }

// Database returns the Database that was used to create the Collection.
func (coll *Collection) Database() *Database { return coll.db }

// InsertOneResult is the result type returned by an InsertOne operation.
type InsertOneResult struct {
	InsertedID   any
	Acknowledged bool
}

// InsertManyResult is a result type returned by an InsertMany operation.
type InsertManyResult struct {
	InsertedIDs  []any
	Acknowledged bool
}

// DeleteResult is the result type returned by DeleteOne and DeleteMany operations.
type DeleteResult struct {
	DeletedCount int64
	Acknowledged bool
}

// UpdateResult is the result type returned from UpdateOne, UpdateMany, and ReplaceOne operations.
type UpdateResult struct {
	MatchedCount  int64
	ModifiedCount int64
	UpsertedCount int64
	UpsertedID    any
	Acknowledged  bool
}

// SingleResult represents a single document returned from an operation.
type SingleResult struct {
	err error
	rdr bson.Raw
}

// Decode will unmarshal the document represented by this SingleResult into v.
func (sr *SingleResult) Decode(v any) error { return sr.err }

// Raw returns the document represented by this SingleResult as a bson.Raw.
func (sr *SingleResult) Raw() (bson.Raw, error) { return sr.rdr, sr.err }

// Err returns the error from the operation that created this SingleResult.
func (sr *SingleResult) Err() error { return sr.err }

// Cursor is used to iterate over a stream of documents.
type Cursor struct {
	Current bson.Raw
	err     error
}

// Next gets the next document for this cursor.
func (c *Cursor) Next(ctx context.Context) bool { return false }

// Decode will unmarshal the current document into val.
func (c *Cursor) Decode(val any) error { return nil }

// Err returns the last error seen by the Cursor.
func (c *Cursor) Err() error { return c.err }

// Close closes this cursor.
func (c *Cursor) Close(ctx context.Context) error { return nil }

// All iterates the cursor and decodes each document into results.
func (c *Cursor) All(ctx context.Context, results any) error { return nil }

// InsertOne executes an insert command to insert a single document into the collection.
func (coll *Collection) InsertOne(ctx context.Context, document any,
	opts ...options.Lister[options.InsertOneOptions]) (*InsertOneResult, error) {
	return &InsertOneResult{}, nil
}

// InsertMany executes an insert command to insert multiple documents into the collection.
func (coll *Collection) InsertMany(ctx context.Context, documents any,
	opts ...options.Lister[options.InsertManyOptions]) (*InsertManyResult, error) {
	return &InsertManyResult{}, nil
}

// DeleteOne executes a delete command to delete at most one document from the collection.
func (coll *Collection) DeleteOne(ctx context.Context, filter any,
	opts ...options.Lister[options.DeleteOneOptions]) (*DeleteResult, error) {
	return &DeleteResult{}, nil
}

// UpdateByID executes an update command to update the document whose _id value matches the provided ID.
func (coll *Collection) UpdateByID(ctx context.Context, id any, update any,
	opts ...options.Lister[options.UpdateOneOptions]) (*UpdateResult, error) {
	return &UpdateResult{}, nil
}

// UpdateOne executes an update command to update at most one document in the collection.
func (coll *Collection) UpdateOne(ctx context.Context, filter any, update any,
	opts ...options.Lister[options.UpdateOneOptions]) (*UpdateResult, error) {
	return &UpdateResult{}, nil
}

// UpdateMany executes an update command to update documents in the collection.
func (coll *Collection) UpdateMany(ctx context.Context, filter any, update any,
	opts ...options.Lister[options.UpdateManyOptions]) (*UpdateResult, error) {
	return &UpdateResult{}, nil
}

// ReplaceOne executes an update command to replace at most one document in the collection.
func (coll *Collection) ReplaceOne(ctx context.Context, filter any,
	replacement any, opts ...options.Lister[options.ReplaceOptions]) (*UpdateResult, error) {
	return &UpdateResult{}, nil
}

// Find executes a find command and returns a Cursor over the matching documents in the collection.
func (coll *Collection) Find(ctx context.Context, filter any,
	opts ...options.Lister[options.FindOptions]) (*Cursor, error) {
	return &Cursor{}, nil
}

// FindOne executes a find command and returns a SingleResult for one document in the collection.
func (coll *Collection) FindOne(ctx context.Context, filter any,
	opts ...options.Lister[options.FindOneOptions]) *SingleResult {
	return &SingleResult{err: ErrNoDocuments}
}

// FindOneAndReplace executes a findAndModify command to replace at most one document in the collection
// and returns the document as it appeared before replacement.
func (coll *Collection) FindOneAndReplace(ctx context.Context, filter any,
	replacement any, opts ...options.Lister[options.FindOneAndReplaceOptions]) *SingleResult {
	return &SingleResult{err: ErrNoDocuments}
}

// FindOneAndUpdate executes a findAndModify command to update at most one document in the collection
// and returns the document as it appeared before updating.
func (coll *Collection) FindOneAndUpdate(ctx context.Context, filter any,
	update any, opts ...options.Lister[options.FindOneAndUpdateOptions]) *SingleResult {
	return &SingleResult{err: ErrNoDocuments}
}

// ClientEncryption is used to create data keys and explicitly encrypt and decrypt BSON values.
type ClientEncryption struct {
	keyVaultClient *Client
}

// Encrypt encrypts a BSON value with the given key and algorithm.
func (ce *ClientEncryption) Encrypt(
	ctx context.Context,
	val bson.RawValue,
	opts ...options.Lister[options.EncryptOptions],
) (bson.Binary, error) {
	return bson.Binary{Subtype: 6}, nil
}
