// Package gorm is a minimal stub of gorm.io/gorm v1.31.2 for facelint's tests: only the API facelint models, with the real signatures.
package gorm

import (
	"context"
	"database/sql"
	"errors"
	"strings"
	"time"
)

// ErrRecordNotFound record not found error.
var ErrRecordNotFound = errors.New("record not found")

// Config GORM config.
type Config struct {
	SkipDefaultTransaction bool
	FullSaveAssociations   bool
	NowFunc                func() time.Time
	DryRun                 bool
	PrepareStmt            bool
	AllowGlobalUpdate      bool
	CreateBatchSize        int
}

// Apply update config to new config.
func (c *Config) Apply(config *Config) error {
	if config != c {
		*config = *c
	}
	return nil
}

// AfterInitialize initialize plugins after db connected.
func (c *Config) AfterInitialize(db *DB) error { return nil }

// Option gorm option interface.
type Option interface {
	Apply(*Config) error
	AfterInitialize(*DB) error
}

// Dialector GORM database dialector (subset of the real interface).
type Dialector interface {
	Name() string
	Initialize(*DB) error
	Explain(sql string, vars ...interface{}) string
}

// Statement statement.
type Statement struct {
	*DB
	Table   string
	Model   interface{}
	Dest    interface{}
	SQL     strings.Builder
	Vars    []interface{}
	Context context.Context
}

// DB GORM DB definition.
type DB struct {
	*Config
	Error        error
	RowsAffected int64
	Statement    *Statement
	clone        int
}

// Session session config when create session with Session() method.
type Session struct {
	DryRun                 bool
	PrepareStmt            bool
	NewDB                  bool
	SkipHooks              bool
	SkipDefaultTransaction bool
	AllowGlobalUpdate      bool
	FullSaveAssociations   bool
	Context                context.Context
	CreateBatchSize        int
}

// Open initialize db session based on dialector.
func Open(dialector Dialector, opts ...Option) (db *DB, err error) {
	config := &Config{}
	for _, opt := range opts {
		if err := opt.Apply(config); err != nil {
			return nil, err
		}
	}
	db = &DB{Config: config, clone: 1}
	db.Statement = &Statement{DB: db, Context: context.Background()}
	return db, nil
}

func (db *DB) getInstance() *DB {
	if db.Statement == nil {
		db.Statement = &Statement{DB: db}
	}
	return db
}

// Session create new db session.
func (db *DB) Session(config *Session) *DB { return db.getInstance() }

// WithContext change current instance db's context to ctx.
func (db *DB) WithContext(ctx context.Context) *DB { return db.getInstance() }

// Debug start debug mode.
func (db *DB) Debug() (tx *DB) { return db.getInstance() }

// Set store value with key into current db instance's context.
func (db *DB) Set(key string, value interface{}) *DB { return db.getInstance() }

// Get get value with key from current db instance's context.
func (db *DB) Get(key string) (interface{}, bool) { return nil, false }

// AutoMigrate run auto migration for given models.
func (db *DB) AutoMigrate(dst ...interface{}) error { return nil }

// DeletedAt is the soft-delete time.
type DeletedAt sql.NullTime

// Model a basic GoLang struct which includes the following fields: ID, CreatedAt, UpdatedAt, DeletedAt.
type Model struct {
	ID        uint `gorm:"primarykey"`
	CreatedAt time.Time
	UpdatedAt time.Time
	DeletedAt DeletedAt `gorm:"index"`
}
