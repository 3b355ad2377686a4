// Package xorm is a minimal stub of xorm.io/xorm v1.4.3 for facelint's tests: only the API facelint models, with the real signatures.
package xorm

import "database/sql"

// Engine is the major struct of xorm.
type Engine struct {
	driverName string
}

// NewEngine new a db manager according to the parameter.
func NewEngine(driverName, dataSourceName string, driverOptions ...func(db *sql.DB) error) (*Engine, error) {
	return &Engine{driverName: driverName}, nil
}

// Session keep a pointer to sql.DB and provides all execution of all kind of database operations.
type Session struct {
	engine *Engine
}

// ID method provoide a condition as (id) = ?
func (engine *Engine) ID(id any) *Session { return &Session{engine: engine} }

// Insert one or more records.
func (engine *Engine) Insert(beans ...any) (int64, error) { return 0, nil }

// Get retrieve one record from table, bean's non-empty fields are conditions.
func (engine *Engine) Get(beans ...any) (bool, error) { return false, nil }

// Update records, bean's non-empty fields are updated contents.
func (session *Session) Update(bean any, condiBean ...any) (int64, error) { return 0, nil }
