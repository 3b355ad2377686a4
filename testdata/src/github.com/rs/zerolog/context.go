package zerolog

// Context configures a new sub-logger with contextual fields.
type Context struct {
	l Logger
}

// Logger returns the logger with the context previously set.
func (c Context) Logger() Logger { return c.l }

// Fields is a helper function to use a map or slice to set fields using type assertion.
func (c Context) Fields(fields interface{}) Context { return c }

// Str adds the field key with val as a string to the logger context.
func (c Context) Str(key, val string) Context { return c }

// Strs adds the field key with val as a string to the logger context.
func (c Context) Strs(key string, vals []string) Context { return c }

// Bytes adds the field key with val as a []byte to the logger context.
func (c Context) Bytes(key string, val []byte) Context { return c }

// Hex adds the field key with val as a hex string to the logger context.
func (c Context) Hex(key string, val []byte) Context { return c }

// RawJSON adds already encoded JSON to context.
func (c Context) RawJSON(key string, b []byte) Context { return c }

// Err adds the field "error" with serialized err to the logger context.
func (c Context) Err(err error) Context { return c }

// Timestamp adds the current local time to the logger context.
func (c Context) Timestamp() Context { return c }

// Interface adds the field key with obj marshaled using reflection.
func (c Context) Interface(key string, i interface{}) Context { return c }

// Any is a wrapper around Context.Interface.
func (c Context) Any(key string, i interface{}) Context { return c }
