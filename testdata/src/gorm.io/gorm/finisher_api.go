package gorm

import (
	"database/sql"
)

// Create inserts value, returning the inserted data's primary key in value's id.
func (db *DB) Create(value interface{}) (tx *DB) {
	tx = db.getInstance()
	tx.Statement.Dest = value
	return
}

// CreateInBatches inserts value in batches of batchSize.
func (db *DB) CreateInBatches(value interface{}, batchSize int) (tx *DB) {
	tx = db.getInstance()
	tx.Statement.Dest = value
	return
}

// Save updates value in database. If value doesn't contain a matching primary key, value is inserted.
func (db *DB) Save(value interface{}) (tx *DB) {
	tx = db.getInstance()
	tx.Statement.Dest = value
	return
}

// First finds the first record ordered by primary key, matching given conditions conds.
func (db *DB) First(dest interface{}, conds ...interface{}) (tx *DB) { return db.getInstance() }

// Take finds the first record returned by the database in no specified order, matching given conditions conds.
func (db *DB) Take(dest interface{}, conds ...interface{}) (tx *DB) { return db.getInstance() }

// Last finds the last record ordered by primary key, matching given conditions conds.
func (db *DB) Last(dest interface{}, conds ...interface{}) (tx *DB) { return db.getInstance() }

// Find finds all records matching given conditions conds.
func (db *DB) Find(dest interface{}, conds ...interface{}) (tx *DB) { return db.getInstance() }

// FirstOrInit finds the first matching record, otherwise if not found initializes a new instance with given conds.
func (db *DB) FirstOrInit(dest interface{}, conds ...interface{}) (tx *DB) { return db.getInstance() }

// FirstOrCreate finds the first matching record, otherwise if not found creates a new instance with given conds.
func (db *DB) FirstOrCreate(dest interface{}, conds ...interface{}) (tx *DB) {
	tx = db.getInstance()
	tx.Statement.Dest = dest
	return
}

// Update updates column with value using callbacks.
func (db *DB) Update(column string, value interface{}) (tx *DB) { return db.getInstance() }

// Updates updates attributes using callbacks. values must be a struct or map.
func (db *DB) Updates(values interface{}) (tx *DB) { return db.getInstance() }

// UpdateColumn updates column with value without callbacks.
func (db *DB) UpdateColumn(column string, value interface{}) (tx *DB) { return db.getInstance() }

// UpdateColumns updates attributes without callbacks.
func (db *DB) UpdateColumns(values interface{}) (tx *DB) { return db.getInstance() }

// Delete deletes value matching given conditions.
func (db *DB) Delete(value interface{}, conds ...interface{}) (tx *DB) { return db.getInstance() }

// Count returns the number of matching records.
func (db *DB) Count(count *int64) (tx *DB) { return db.getInstance() }

// Row returns the first row of the query.
func (db *DB) Row() *sql.Row { return nil }

// Rows returns the rows of the query.
func (db *DB) Rows() (*sql.Rows, error) { return nil, nil }

// Scan scans selected value to the struct dest.
func (db *DB) Scan(dest interface{}) (tx *DB) { return db.getInstance() }

// Pluck queries a single column from a model, returning in the slice dest.
func (db *DB) Pluck(column string, dest interface{}) (tx *DB) { return db.getInstance() }

// Transaction start a transaction as a block, return error will rollback, otherwise to commit.
func (db *DB) Transaction(fc func(tx *DB) error, opts ...*sql.TxOptions) (err error) {
	return fc(db.getInstance())
}

// Begin begins a transaction with any transaction options opts.
func (db *DB) Begin(opts ...*sql.TxOptions) *DB { return db.getInstance() }

// Commit commits the changes in a transaction.
func (db *DB) Commit() *DB { return db }

// Rollback rollbacks the changes in a transaction.
func (db *DB) Rollback() *DB { return db }

// Exec executes raw sql.
func (db *DB) Exec(sql string, values ...interface{}) (tx *DB) {
	tx = db.getInstance()
	tx.Statement.SQL.WriteString(sql)
	tx.Statement.Vars = values
	return
}
