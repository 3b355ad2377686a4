// Package redis is a minimal stub of github.com/zeromicro/go-zero/core/stores/redis v1.10.3 for facelint's tests: only the API facelint models, with the real signatures.
package redis

type (
	// Option defines the method to customize a Redis.
	Option func(r *Redis)

	// Redis defines a redis node/cluster. It is thread-safe.
	Redis struct {
		Addr string
		Type string
		Pass string
	}
)

// New returns a Redis with given options.
func New(addr string, opts ...Option) *Redis {
	r := &Redis{Addr: addr, Type: "node"}
	for _, opt := range opts {
		opt(r)
	}
	return r
}

// Set is the implementation of redis set command.
func (s *Redis) Set(key, value string) error { return nil }

// Setex is the implementation of redis setex command.
func (s *Redis) Setex(key, value string, seconds int) error { return nil }

// Hset is the implementation of redis hset command.
func (s *Redis) Hset(key, field, value string) error { return nil }

// Expire is the implementation of redis expire command.
func (s *Redis) Expire(key string, seconds int) error { return nil }

// Get is the implementation of redis get command.
func (s *Redis) Get(key string) (string, error) { return "", nil }
