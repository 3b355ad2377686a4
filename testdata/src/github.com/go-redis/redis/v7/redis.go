// Package redis is a minimal stub of github.com/go-redis/redis/v7 v7.4.1 for facelint's tests: only the API facelint models, with the real signatures.
package redis

import "time"

// StatusCmd is a command whose reply is a status.
type StatusCmd struct {
	val string
	err error
}

// Result returns the reply and the error.
func (cmd *StatusCmd) Result() (string, error) { return cmd.val, cmd.err }

// BoolCmd is a command whose reply is a bool.
type BoolCmd struct {
	val bool
	err error
}

// Result returns the reply and the error.
func (cmd *BoolCmd) Result() (bool, error) { return cmd.val, cmd.err }

// StringCmd is a command whose reply is a string.
type StringCmd struct {
	val string
	err error
}

// Val returns the reply.
func (cmd *StringCmd) Val() string { return cmd.val }

// Result returns the reply and the error.
func (cmd *StringCmd) Result() (string, error) { return cmd.val, cmd.err }

// Bytes returns the reply as bytes.
func (cmd *StringCmd) Bytes() ([]byte, error) { return []byte(cmd.val), cmd.err }

// Cmder is a Redis command (subset of the real interface).
type Cmder interface {
	Name() string
	Err() error
}

// Options keeps the settings to set up redis connection (subset).
type Options struct {
	Addr     string
	Password string
	DB       int
}

type baseClient struct {
	opt *Options
}

type cmdable func(cmd Cmder) error

// Client is a Redis client representing a pool of zero or more underlying connections.
type Client struct {
	*baseClient
	cmdable
}

// NewClient returns a client to the Redis Server specified by Options.
func NewClient(opt *Options) *Client {
	c := Client{baseClient: &baseClient{opt: opt}}
	c.cmdable = c.process
	return &c
}

func (c *Client) process(cmd Cmder) error { return nil }

// Set runs the SET command; zero expiration means the key has no expiration time.
func (c cmdable) Set(key string, value interface{}, expiration time.Duration) *StatusCmd {
	return &StatusCmd{}
}

// HSet runs the HSET command.
func (c cmdable) HSet(key string, values ...interface{}) *IntCmd { return &IntCmd{} }

// Expire runs the EXPIRE command.
func (c cmdable) Expire(key string, expiration time.Duration) *BoolCmd { return &BoolCmd{} }

// Get runs the GET command.
func (c cmdable) Get(key string) *StringCmd { return &StringCmd{} }

// IntCmd is a command whose reply is an int64.
type IntCmd struct {
	val int64
	err error
}

// Result returns the reply and the error.
func (cmd *IntCmd) Result() (int64, error) { return cmd.val, cmd.err }
