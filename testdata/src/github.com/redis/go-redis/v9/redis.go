package redis

import (
	"context"
	"crypto/tls"
	"time"
)

type redisError string

func (e redisError) Error() string { return string(e) }

// Nil reply returned by Redis when key does not exist.
const Nil = redisError("redis: nil")

// Options keeps the settings to set up redis connection.
type Options struct {
	Network      string
	Addr         string
	ClientName   string
	Username     string
	Password     string
	DB           int
	ReadTimeout  time.Duration
	WriteTimeout time.Duration
	TLSConfig    *tls.Config
}

type baseClient struct {
	opt *Options
}

func (c *baseClient) String() string { return "Redis<" + c.opt.Addr + ">" }

// Close closes the client, releasing any open resources.
func (c *baseClient) Close() error { return nil }

// Client is a Redis client representing a pool of zero or more underlying connections.
type Client struct {
	*baseClient
	cmdable
}

// NewClient returns a client to the Redis Server specified by Options.
func NewClient(opt *Options) *Client {
	if opt == nil {
		panic("redis: NewClient nil options")
	}
	o := *opt
	c := Client{baseClient: &baseClient{opt: &o}}
	c.cmdable = c.Process
	return &c
}

// Close closes the client, releasing any open resources.
func (c *Client) Close() error { return c.baseClient.Close() }

// Process runs a command.
func (c *Client) Process(ctx context.Context, cmd Cmder) error { return nil }

// Options returns read-only Options that were used to create the client.
func (c *Client) Options() *Options { return c.opt }

// UniversalClient is an abstract client which - based on the provided options -
// represents either a ClusterClient, a FailoverClient, or a single-node Client.
type UniversalClient interface {
	Cmdable
	Do(ctx context.Context, args ...interface{}) *Cmd
	Process(ctx context.Context, cmd Cmder) error
	Close() error
}
