package gin

import (
	"encoding/json"
	"errors"
	"io"
	"io/fs"
	"mime/multipart"
	"net/http"
	"time"
)

// ErrorType is an unsigned 64-bit error code as defined in the gin spec.
type ErrorType uint64

// Error types.
const (
	ErrorTypeBind    ErrorType = 1 << 63
	ErrorTypePrivate ErrorType = 1 << 0
)

// Error represents a error's specification.
type Error struct {
	Err  error
	Type ErrorType
	Meta any
}

// Error implements the error interface.
func (msg Error) Error() string { return msg.Err.Error() }

// Param is a single URL parameter, consisting of a key and a value.
type Param struct {
	Key   string
	Value string
}

// Params is a Param-slice, as returned by the router.
type Params []Param

// Get returns the value of the first Param which key matches the given name and a boolean true.
func (ps Params) Get(name string) (string, bool) {
	for _, entry := range ps {
		if entry.Key == name {
			return entry.Value, true
		}
	}
	return "", false
}

// ByName returns the value of the first Param which key matches the given name.
func (ps Params) ByName(name string) (va string) {
	va, _ = ps.Get(name)
	return
}

// Context is the most important part of gin. It allows us to pass variables between middleware,
// manage the flow, validate the JSON of a request and render a JSON response for example.
type Context struct {
	writermem responseWriter
	Request   *http.Request
	Writer    ResponseWriter

	Params   Params
	handlers HandlersChain
	index    int8

	engine *Engine

	// Keys is a key/value pair exclusively for the context of each request.
	Keys map[any]any

	// Accepted defines a list of manually accepted formats for content negotiation.
	Accepted []string
}

// Copy returns a copy of the current context that can be safely used outside the request's scope.
func (c *Context) Copy() *Context {
	cp := *c
	return &cp
}

// HandlerName returns the main handler's name.
func (c *Context) HandlerName() string { return "" }

// FullPath returns a matched route full path.
func (c *Context) FullPath() string { return "" }

// Next should be used only inside middleware.
func (c *Context) Next() {
	c.index++
	for c.index < int8(len(c.handlers)) {
		if c.handlers[c.index] != nil {
			c.handlers[c.index](c)
		}
		c.index++
	}
}

// IsAborted returns true if the current context was aborted.
func (c *Context) IsAborted() bool { return c.index >= 63 }

// Abort prevents pending handlers from being called.
func (c *Context) Abort() { c.index = 63 }

// AbortWithStatus calls `Abort()` and writes the headers with the specified status code.
func (c *Context) AbortWithStatus(code int) {
	c.Status(code)
	c.Abort()
}

// AbortWithStatusJSON calls `Abort()` and then `JSON` internally.
func (c *Context) AbortWithStatusJSON(code int, jsonObj any) {
	c.Abort()
	c.JSON(code, jsonObj)
}

// AbortWithError calls `AbortWithStatus()` and `Error()` internally.
func (c *Context) AbortWithError(code int, err error) *Error {
	c.AbortWithStatus(code)
	return c.Error(err)
}

// Error attaches an error to the current context.
func (c *Context) Error(err error) *Error {
	if err == nil {
		panic("err is nil")
	}
	return &Error{Err: err, Type: ErrorTypePrivate}
}

// Set is used to store a new key/value pair exclusively for this context.
func (c *Context) Set(key any, value any) {
	if c.Keys == nil {
		c.Keys = make(map[any]any)
	}
	c.Keys[key] = value
}

// Get returns the value for the given key, ie: (value, true).
func (c *Context) Get(key any) (value any, exists bool) {
	value, exists = c.Keys[key]
	return
}

// MustGet returns the value for the given key if it exists, otherwise it panics.
func (c *Context) MustGet(key any) any {
	if value, exists := c.Get(key); exists {
		return value
	}
	panic("key does not exist")
}

// GetString returns the value associated with the key as a string.
func (c *Context) GetString(key any) string {
	s, _ := c.Keys[key].(string)
	return s
}

// GetBool returns the value associated with the key as a boolean.
func (c *Context) GetBool(key any) bool {
	b, _ := c.Keys[key].(bool)
	return b
}

// GetInt returns the value associated with the key as an integer.
func (c *Context) GetInt(key any) int {
	i, _ := c.Keys[key].(int)
	return i
}

// Param returns the value of the URL param.
func (c *Context) Param(key string) string { return c.Params.ByName(key) }

// Query returns the keyed url query value if it exists, otherwise it returns an empty string `("")`.
func (c *Context) Query(key string) (value string) {
	value, _ = c.GetQuery(key)
	return
}

// DefaultQuery returns the keyed url query value if it exists, otherwise it returns the specified defaultValue string.
func (c *Context) DefaultQuery(key, defaultValue string) string {
	if value, ok := c.GetQuery(key); ok {
		return value
	}
	return defaultValue
}

// GetQuery is like Query(), it returns the keyed url query value if it exists `(value, true)`.
func (c *Context) GetQuery(key string) (string, bool) {
	if c.Request == nil || c.Request.URL == nil {
		return "", false
	}
	values, ok := c.Request.URL.Query()[key]
	if !ok || len(values) == 0 {
		return "", false
	}
	return values[0], true
}

// PostForm returns the specified key from a POST urlencoded form or multipart form when it exists.
func (c *Context) PostForm(key string) (value string) {
	value, _ = c.GetPostForm(key)
	return
}

// DefaultPostForm returns the specified key from a POST urlencoded form or multipart form when it exists,
// otherwise it returns the specified defaultValue string.
func (c *Context) DefaultPostForm(key, defaultValue string) string {
	if value, ok := c.GetPostForm(key); ok {
		return value
	}
	return defaultValue
}

// GetPostForm is like PostForm(key).
func (c *Context) GetPostForm(key string) (string, bool) {
	if c.Request == nil {
		return "", false
	}
	values, ok := c.Request.PostForm[key]
	if !ok || len(values) == 0 {
		return "", false
	}
	return values[0], true
}

// PostFormArray returns a slice of strings for a given form key.
func (c *Context) PostFormArray(key string) (values []string) {
	values, _ = c.GetPostFormArray(key)
	return
}

// GetPostFormArray returns a slice of strings for a given form key, plus
// a boolean value whether at least one value exists for the given key.
func (c *Context) GetPostFormArray(key string) (values []string, ok bool) {
	if c.Request == nil {
		return nil, false
	}
	values, ok = c.Request.PostForm[key]
	return
}

// FormFile returns the first file for the provided form key.
func (c *Context) FormFile(name string) (*multipart.FileHeader, error) {
	if c.Request == nil {
		return nil, http.ErrMissingFile
	}
	_, fh, err := c.Request.FormFile(name)
	return fh, err
}

// MultipartForm is the parsed multipart form, including file uploads.
func (c *Context) MultipartForm() (*multipart.Form, error) {
	if c.Request == nil {
		return nil, http.ErrNotMultipart
	}
	err := c.Request.ParseMultipartForm(32 << 20)
	return c.Request.MultipartForm, err
}

// SaveUploadedFile uploads the form file to specific dst.
func (c *Context) SaveUploadedFile(file *multipart.FileHeader, dst string, perm ...fs.FileMode) error {
	return nil
}

// Bind checks the Method and Content-Type to select a binding engine automatically.
func (c *Context) Bind(obj any) error { return c.ShouldBind(obj) }

// BindJSON is a shortcut for c.MustBindWith(obj, binding.JSON).
func (c *Context) BindJSON(obj any) error { return c.ShouldBindJSON(obj) }

// ShouldBind checks the Method and Content-Type to select a binding engine automatically.
func (c *Context) ShouldBind(obj any) error { return c.ShouldBindJSON(obj) }

// ShouldBindJSON is a shortcut for c.ShouldBindWith(obj, binding.JSON).
func (c *Context) ShouldBindJSON(obj any) error {
	if c.Request == nil || c.Request.Body == nil {
		return errors.New("invalid request")
	}
	return json.NewDecoder(c.Request.Body).Decode(obj)
}

// ShouldBindBodyWithJSON is a shortcut for c.ShouldBindBodyWith(obj, binding.JSON).
func (c *Context) ShouldBindBodyWithJSON(obj any) error { return c.ShouldBindJSON(obj) }

// ShouldBindQuery is a shortcut for c.ShouldBindWith(obj, binding.Query).
func (c *Context) ShouldBindQuery(obj any) error { return nil }

// ClientIP implements one best effort algorithm to return the real client IP.
func (c *Context) ClientIP() string { return "" }

// ContentType returns the Content-Type header of the request.
func (c *Context) ContentType() string { return c.GetHeader("Content-Type") }

// Status sets the HTTP response code.
func (c *Context) Status(code int) {
	if c.Writer != nil {
		c.Writer.WriteHeader(code)
	}
}

// Header is an intelligent shortcut for c.Writer.Header().Set(key, value).
func (c *Context) Header(key, value string) {
	if c.Writer != nil {
		c.Writer.Header().Set(key, value)
	}
}

// GetHeader returns value from request headers.
func (c *Context) GetHeader(key string) string {
	if c.Request == nil {
		return ""
	}
	return c.Request.Header.Get(key)
}

// GetRawData returns stream data.
func (c *Context) GetRawData() ([]byte, error) {
	if c.Request == nil || c.Request.Body == nil {
		return nil, errors.New("cannot read nil body")
	}
	return io.ReadAll(c.Request.Body)
}

// SetCookie adds a Set-Cookie header to the ResponseWriter's headers.
func (c *Context) SetCookie(name, value string, maxAge int, path, domain string, secure, httpOnly bool) {
}

// Cookie returns the named cookie provided in the request.
func (c *Context) Cookie(name string) (string, error) {
	if c.Request == nil {
		return "", http.ErrNoCookie
	}
	cookie, err := c.Request.Cookie(name)
	if err != nil {
		return "", err
	}
	return cookie.Value, nil
}

// IndentedJSON serializes the given struct as pretty JSON (indented + endlines) into the response body.
func (c *Context) IndentedJSON(code int, obj any) {}

// SecureJSON serializes the given struct as Secure JSON into the response body.
func (c *Context) SecureJSON(code int, obj any) {}

// JSONP serializes the given struct as JSON into the response body.
func (c *Context) JSONP(code int, obj any) {}

// JSON serializes the given struct as JSON into the response body.
func (c *Context) JSON(code int, obj any) {}

// AsciiJSON serializes the given struct as JSON into the response body with unicode to ASCII string.
func (c *Context) AsciiJSON(code int, obj any) {}

// PureJSON serializes the given struct as JSON into the response body.
func (c *Context) PureJSON(code int, obj any) {}

// XML serializes the given struct as XML into the response body.
func (c *Context) XML(code int, obj any) {}

// YAML serializes the given struct as YAML into the response body.
func (c *Context) YAML(code int, obj any) {}

// ProtoBuf serializes the given struct as ProtoBuf into the response body.
func (c *Context) ProtoBuf(code int, obj any) {}

// String writes the given string into the response body.
func (c *Context) String(code int, format string, values ...any) {}

// Redirect returns an HTTP redirect to the specific location.
func (c *Context) Redirect(code int, location string) {}

// Data writes some data into the body stream and updates the HTTP code.
func (c *Context) Data(code int, contentType string, data []byte) {}

// DataFromReader writes the specified reader into the body stream and updates the HTTP code.
func (c *Context) DataFromReader(code int, contentLength int64, contentType string, reader io.Reader, extraHeaders map[string]string) {
}

// File writes the specified file into the body stream in an efficient way.
func (c *Context) File(filepath string) {}

// FileAttachment writes the specified file into the body stream in an efficient way
// On the client side, the file will typically be downloaded with the given filename.
func (c *Context) FileAttachment(filepath, filename string) {}

// SSEvent writes a Server-Sent Event into the body stream.
func (c *Context) SSEvent(name string, message any) {}

// Stream sends a streaming response and returns a boolean
// indicates "Is client disconnected in middle of stream".
func (c *Context) Stream(step func(w io.Writer) bool) bool { return false }

// Deadline returns that there is no deadline (ok==false) when c.Request has no Context.
func (c *Context) Deadline() (deadline time.Time, ok bool) {
	if c.Request == nil {
		return
	}
	return c.Request.Context().Deadline()
}

// Done returns nil (chan which will wait forever) when c.Request has no Context.
func (c *Context) Done() <-chan struct{} {
	if c.Request == nil {
		return nil
	}
	return c.Request.Context().Done()
}

// Err returns nil when c.Request has no Context.
func (c *Context) Err() error {
	if c.Request == nil {
		return nil
	}
	return c.Request.Context().Err()
}

// Value returns the value associated with this context for key, or nil
// if no value is associated with key.
func (c *Context) Value(key any) any {
	if c.Request == nil {
		return nil
	}
	return c.Request.Context().Value(key)
}
