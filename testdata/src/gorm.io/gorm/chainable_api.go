package gorm

// Model specify the model you would like to run db operations.
func (db *DB) Model(value interface{}) (tx *DB) {
	tx = db.getInstance()
	tx.Statement.Model = value
	return
}

// Table specify the table you would like to run db operations.
func (db *DB) Table(name string, args ...interface{}) (tx *DB) {
	tx = db.getInstance()
	tx.Statement.Table = name
	return
}

// Select specify fields that you want when querying, creating, updating.
func (db *DB) Select(query interface{}, args ...interface{}) (tx *DB) { return db.getInstance() }

// Omit specify fields that you want to ignore when creating, updating and querying.
func (db *DB) Omit(columns ...string) (tx *DB) { return db.getInstance() }

// Where add conditions.
func (db *DB) Where(query interface{}, args ...interface{}) (tx *DB) { return db.getInstance() }

// Not add NOT conditions.
func (db *DB) Not(query interface{}, args ...interface{}) (tx *DB) { return db.getInstance() }

// Or add OR conditions.
func (db *DB) Or(query interface{}, args ...interface{}) (tx *DB) { return db.getInstance() }

// Order specify order when retrieving records from database.
func (db *DB) Order(value interface{}) (tx *DB) { return db.getInstance() }

// Limit specify the number of records to be retrieved.
func (db *DB) Limit(limit int) (tx *DB) { return db.getInstance() }

// Attrs provide attributes used in FirstOrCreate or FirstOrInit.
func (db *DB) Attrs(attrs ...interface{}) (tx *DB) { return db.getInstance() }

// Assign provide attributes used in FirstOrCreate or FirstOrInit.
func (db *DB) Assign(attrs ...interface{}) (tx *DB) { return db.getInstance() }

// Unscoped disables the global scope of soft deletion in a query.
func (db *DB) Unscoped() (tx *DB) { return db.getInstance() }

// Raw executes a raw SQL query.
func (db *DB) Raw(sql string, values ...interface{}) (tx *DB) {
	tx = db.getInstance()
	tx.Statement.SQL.WriteString(sql)
	tx.Statement.Vars = values
	return
}
