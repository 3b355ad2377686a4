// Package redis is a minimal stub of github.com/redis/go-redis/v9 v9.23.0 for facelint's tests: only the API facelint models, with the real signatures.
package redis

import (
	"context"
	"time"
)

// Cmdable is the interface of the commands of a client (subset).
type Cmdable interface {
	Ping(ctx context.Context) *StatusCmd

	GenericCmdable
	HashCmdable
	ListCmdable
	SetCmdable
	SortedSetCmdable
	StringCmdable
}

var (
	_ Cmdable         = (*Client)(nil)
	_ UniversalClient = (*Client)(nil)
)

type cmdable func(ctx context.Context, cmd Cmder) error

// Ping pings the server.
func (c cmdable) Ping(ctx context.Context) *StatusCmd {
	cmd := NewStatusCmd(ctx, "ping")
	_ = c(ctx, cmd)
	return cmd
}

// Do sends a command with the given arguments.
func (c cmdable) Do(ctx context.Context, args ...interface{}) *Cmd {
	cmd := NewCmd(ctx, args...)
	_ = c(ctx, cmd)
	return cmd
}

// SetArgs provides arguments for the SetArgs function.
type SetArgs struct {
	// Mode can be `NX` or `XX` or empty.
	Mode string

	MatchValue  interface{}
	MatchDigest uint64

	// Zero `TTL` or `Expiration` means that the key has no expiration time.
	TTL      time.Duration
	ExpireAt time.Time

	// When Get is true, the command returns the old value stored at key, or nil when key did not exist.
	Get bool

	// KeepTTL is a Redis KEEPTTL option to keep existing TTL, it requires your redis-server version >= 6.0,
	// otherwise you will receive an error: (error) ERR syntax error.
	KeepTTL bool
}

// Z represents sorted set member.
type Z struct {
	Score  float64
	Member interface{}
}

// GenericCmdable is the interface of the generic commands (subset).
type GenericCmdable interface {
	Del(ctx context.Context, keys ...string) *IntCmd
	Exists(ctx context.Context, keys ...string) *IntCmd
	Expire(ctx context.Context, key string, expiration time.Duration) *BoolCmd
	ExpireAt(ctx context.Context, key string, tm time.Time) *BoolCmd
	Keys(ctx context.Context, pattern string) *StringSliceCmd
	Persist(ctx context.Context, key string) *BoolCmd
	PExpire(ctx context.Context, key string, expiration time.Duration) *BoolCmd
	PExpireAt(ctx context.Context, key string, tm time.Time) *BoolCmd
	TTL(ctx context.Context, key string) *DurationCmd
}

// HashCmdable is the interface of the hash commands (subset).
type HashCmdable interface {
	HGet(ctx context.Context, key, field string) *StringCmd
	HGetAll(ctx context.Context, key string) *MapStringStringCmd
	HSet(ctx context.Context, key string, values ...interface{}) *IntCmd
	HMSet(ctx context.Context, key string, values ...interface{}) *BoolCmd
	HSetNX(ctx context.Context, key, field string, value interface{}) *BoolCmd
}

// ListCmdable is the interface of the list commands (subset).
type ListCmdable interface {
	LPush(ctx context.Context, key string, values ...interface{}) *IntCmd
	RPush(ctx context.Context, key string, values ...interface{}) *IntCmd
}

// SetCmdable is the interface of the set commands (subset).
type SetCmdable interface {
	SAdd(ctx context.Context, key string, members ...interface{}) *IntCmd
}

// SortedSetCmdable is the interface of the sortedset commands (subset).
type SortedSetCmdable interface {
	ZAdd(ctx context.Context, key string, members ...Z) *IntCmd
}

// StringCmdable is the interface of the string commands (subset).
type StringCmdable interface {
	Append(ctx context.Context, key, value string) *IntCmd
	Get(ctx context.Context, key string) *StringCmd
	GetSet(ctx context.Context, key string, value interface{}) *StringCmd
	GetEx(ctx context.Context, key string, expiration time.Duration) *StringCmd
	GetDel(ctx context.Context, key string) *StringCmd
	MSet(ctx context.Context, values ...interface{}) *StatusCmd
	MSetNX(ctx context.Context, values ...interface{}) *BoolCmd
	Set(ctx context.Context, key string, value interface{}, expiration time.Duration) *StatusCmd
	SetArgs(ctx context.Context, key string, value interface{}, a SetArgs) *StatusCmd
	SetEx(ctx context.Context, key string, value interface{}, expiration time.Duration) *StatusCmd
	SetNX(ctx context.Context, key string, value interface{}, expiration time.Duration) *BoolCmd
	SetXX(ctx context.Context, key string, value interface{}, expiration time.Duration) *BoolCmd
}

// Append runs the APPEND command.
func (c cmdable) Append(ctx context.Context, key, value string) *IntCmd {
	cmd := NewIntCmd(ctx, "append", key, value)
	_ = c(ctx, cmd)
	return cmd
}

// Get runs the GET command.
func (c cmdable) Get(ctx context.Context, key string) *StringCmd {
	cmd := NewStringCmd(ctx, "get", key)
	_ = c(ctx, cmd)
	return cmd
}

// GetSet runs the GETSET command.
func (c cmdable) GetSet(ctx context.Context, key string, value interface{}) *StringCmd {
	cmd := NewStringCmd(ctx, "getset", key, value)
	_ = c(ctx, cmd)
	return cmd
}

// GetEx runs the GETEX command.
func (c cmdable) GetEx(ctx context.Context, key string, expiration time.Duration) *StringCmd {
	cmd := NewStringCmd(ctx, "getex", key, expiration)
	_ = c(ctx, cmd)
	return cmd
}

// GetDel runs the GETDEL command.
func (c cmdable) GetDel(ctx context.Context, key string) *StringCmd {
	cmd := NewStringCmd(ctx, "getdel", key)
	_ = c(ctx, cmd)
	return cmd
}

// MSet runs the MSET command.
func (c cmdable) MSet(ctx context.Context, values ...interface{}) *StatusCmd {
	args := []interface{}{"mset"}
	for _, v := range values {
		args = append(args, v)
	}
	cmd := NewStatusCmd(ctx, args...)
	_ = c(ctx, cmd)
	return cmd
}

// MSetNX runs the MSETNX command.
func (c cmdable) MSetNX(ctx context.Context, values ...interface{}) *BoolCmd {
	args := []interface{}{"msetnx"}
	for _, v := range values {
		args = append(args, v)
	}
	cmd := NewBoolCmd(ctx, args...)
	_ = c(ctx, cmd)
	return cmd
}

// Set runs the SET command.
func (c cmdable) Set(ctx context.Context, key string, value interface{}, expiration time.Duration) *StatusCmd {
	cmd := NewStatusCmd(ctx, "set", key, value, expiration)
	_ = c(ctx, cmd)
	return cmd
}

// SetArgs runs the SETARGS command.
func (c cmdable) SetArgs(ctx context.Context, key string, value interface{}, a SetArgs) *StatusCmd {
	cmd := NewStatusCmd(ctx, "setargs", key, value)
	_ = c(ctx, cmd)
	return cmd
}

// SetEx runs the SETEX command.
func (c cmdable) SetEx(ctx context.Context, key string, value interface{}, expiration time.Duration) *StatusCmd {
	cmd := NewStatusCmd(ctx, "setex", key, value, expiration)
	_ = c(ctx, cmd)
	return cmd
}

// SetNX runs the SETNX command.
func (c cmdable) SetNX(ctx context.Context, key string, value interface{}, expiration time.Duration) *BoolCmd {
	cmd := NewBoolCmd(ctx, "setnx", key, value, expiration)
	_ = c(ctx, cmd)
	return cmd
}

// SetXX runs the SETXX command.
func (c cmdable) SetXX(ctx context.Context, key string, value interface{}, expiration time.Duration) *BoolCmd {
	cmd := NewBoolCmd(ctx, "setxx", key, value, expiration)
	_ = c(ctx, cmd)
	return cmd
}

// HGet runs the HGET command.
func (c cmdable) HGet(ctx context.Context, key, field string) *StringCmd {
	cmd := NewStringCmd(ctx, "hget", key, field)
	_ = c(ctx, cmd)
	return cmd
}

// HGetAll runs the HGETALL command.
func (c cmdable) HGetAll(ctx context.Context, key string) *MapStringStringCmd {
	cmd := NewMapStringStringCmd(ctx, "hgetall", key)
	_ = c(ctx, cmd)
	return cmd
}

// HSet runs the HSET command.
func (c cmdable) HSet(ctx context.Context, key string, values ...interface{}) *IntCmd {
	args := []interface{}{"hset", key}
	for _, v := range values {
		args = append(args, v)
	}
	cmd := NewIntCmd(ctx, args...)
	_ = c(ctx, cmd)
	return cmd
}

// HMSet runs the HMSET command.
func (c cmdable) HMSet(ctx context.Context, key string, values ...interface{}) *BoolCmd {
	args := []interface{}{"hmset", key}
	for _, v := range values {
		args = append(args, v)
	}
	cmd := NewBoolCmd(ctx, args...)
	_ = c(ctx, cmd)
	return cmd
}

// HSetNX runs the HSETNX command.
func (c cmdable) HSetNX(ctx context.Context, key, field string, value interface{}) *BoolCmd {
	cmd := NewBoolCmd(ctx, "hsetnx", key, field, value)
	_ = c(ctx, cmd)
	return cmd
}

// LPush runs the LPUSH command.
func (c cmdable) LPush(ctx context.Context, key string, values ...interface{}) *IntCmd {
	args := []interface{}{"lpush", key}
	for _, v := range values {
		args = append(args, v)
	}
	cmd := NewIntCmd(ctx, args...)
	_ = c(ctx, cmd)
	return cmd
}

// RPush runs the RPUSH command.
func (c cmdable) RPush(ctx context.Context, key string, values ...interface{}) *IntCmd {
	args := []interface{}{"rpush", key}
	for _, v := range values {
		args = append(args, v)
	}
	cmd := NewIntCmd(ctx, args...)
	_ = c(ctx, cmd)
	return cmd
}

// SAdd runs the SADD command.
func (c cmdable) SAdd(ctx context.Context, key string, members ...interface{}) *IntCmd {
	args := []interface{}{"sadd", key}
	for _, v := range members {
		args = append(args, v)
	}
	cmd := NewIntCmd(ctx, args...)
	_ = c(ctx, cmd)
	return cmd
}

// ZAdd runs the ZADD command.
func (c cmdable) ZAdd(ctx context.Context, key string, members ...Z) *IntCmd {
	args := []interface{}{"zadd", key}
	for _, v := range members {
		args = append(args, v)
	}
	cmd := NewIntCmd(ctx, args...)
	_ = c(ctx, cmd)
	return cmd
}

// Del runs the DEL command.
func (c cmdable) Del(ctx context.Context, keys ...string) *IntCmd {
	args := []interface{}{"del"}
	for _, v := range keys {
		args = append(args, v)
	}
	cmd := NewIntCmd(ctx, args...)
	_ = c(ctx, cmd)
	return cmd
}

// Exists runs the EXISTS command.
func (c cmdable) Exists(ctx context.Context, keys ...string) *IntCmd {
	args := []interface{}{"exists"}
	for _, v := range keys {
		args = append(args, v)
	}
	cmd := NewIntCmd(ctx, args...)
	_ = c(ctx, cmd)
	return cmd
}

// Expire runs the EXPIRE command.
func (c cmdable) Expire(ctx context.Context, key string, expiration time.Duration) *BoolCmd {
	cmd := NewBoolCmd(ctx, "expire", key, expiration)
	_ = c(ctx, cmd)
	return cmd
}

// ExpireAt runs the EXPIREAT command.
func (c cmdable) ExpireAt(ctx context.Context, key string, tm time.Time) *BoolCmd {
	cmd := NewBoolCmd(ctx, "expireat", key, tm)
	_ = c(ctx, cmd)
	return cmd
}

// Keys runs the KEYS command.
func (c cmdable) Keys(ctx context.Context, pattern string) *StringSliceCmd {
	cmd := NewStringSliceCmd(ctx, "keys", pattern)
	_ = c(ctx, cmd)
	return cmd
}

// Persist runs the PERSIST command.
func (c cmdable) Persist(ctx context.Context, key string) *BoolCmd {
	cmd := NewBoolCmd(ctx, "persist", key)
	_ = c(ctx, cmd)
	return cmd
}

// PExpire runs the PEXPIRE command.
func (c cmdable) PExpire(ctx context.Context, key string, expiration time.Duration) *BoolCmd {
	cmd := NewBoolCmd(ctx, "pexpire", key, expiration)
	_ = c(ctx, cmd)
	return cmd
}

// PExpireAt runs the PEXPIREAT command.
func (c cmdable) PExpireAt(ctx context.Context, key string, tm time.Time) *BoolCmd {
	cmd := NewBoolCmd(ctx, "pexpireat", key, tm)
	_ = c(ctx, cmd)
	return cmd
}

// TTL runs the TTL command.
func (c cmdable) TTL(ctx context.Context, key string) *DurationCmd {
	cmd := NewDurationCmd(ctx, time.Second, "ttl", key)
	_ = c(ctx, cmd)
	return cmd
}
