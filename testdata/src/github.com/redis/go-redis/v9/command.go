package redis

import (
	"context"
	"fmt"
	"time"
)

// Cmder is a Redis command (subset of the real interface).
type Cmder interface {
	Name() string
	FullName() string
	Args() []interface{}
	String() string
	SetErr(error)
	Err() error
}

type baseCmd struct {
	ctx  context.Context
	args []interface{}
	err  error
}

// Name returns the command name.
func (cmd *baseCmd) Name() string {
	if len(cmd.args) == 0 {
		return ""
	}
	return fmt.Sprint(cmd.args[0])
}

// FullName returns the full command name.
func (cmd *baseCmd) FullName() string { return cmd.Name() }

// Args returns the command arguments.
func (cmd *baseCmd) Args() []interface{} { return cmd.args }

// SetErr sets the command error.
func (cmd *baseCmd) SetErr(e error) { cmd.err = e }

// Err returns the command error.
func (cmd *baseCmd) Err() error { return cmd.err }

// Cmd is a command whose reply is a interface{}.
type Cmd struct {
	baseCmd

	val interface{}
}

var _ Cmder = (*Cmd)(nil)

// NewCmd returns a new Cmd.
func NewCmd(ctx context.Context, args ...interface{}) *Cmd {
	return &Cmd{baseCmd: baseCmd{ctx: ctx, args: args}}
}

// Val returns the reply.
func (cmd *Cmd) Val() interface{} { return cmd.val }

// Result returns the reply and the error.
func (cmd *Cmd) Result() (interface{}, error) { return cmd.val, cmd.err }

func (cmd *Cmd) String() string { return fmt.Sprint(cmd.args...) }

// StatusCmd is a command whose reply is a string.
type StatusCmd struct {
	baseCmd

	val string
}

var _ Cmder = (*StatusCmd)(nil)

// NewStatusCmd returns a new StatusCmd.
func NewStatusCmd(ctx context.Context, args ...interface{}) *StatusCmd {
	return &StatusCmd{baseCmd: baseCmd{ctx: ctx, args: args}}
}

// Val returns the reply.
func (cmd *StatusCmd) Val() string { return cmd.val }

// Result returns the reply and the error.
func (cmd *StatusCmd) Result() (string, error) { return cmd.val, cmd.err }

func (cmd *StatusCmd) String() string { return fmt.Sprint(cmd.args...) }

// BoolCmd is a command whose reply is a bool.
type BoolCmd struct {
	baseCmd

	val bool
}

var _ Cmder = (*BoolCmd)(nil)

// NewBoolCmd returns a new BoolCmd.
func NewBoolCmd(ctx context.Context, args ...interface{}) *BoolCmd {
	return &BoolCmd{baseCmd: baseCmd{ctx: ctx, args: args}}
}

// Val returns the reply.
func (cmd *BoolCmd) Val() bool { return cmd.val }

// Result returns the reply and the error.
func (cmd *BoolCmd) Result() (bool, error) { return cmd.val, cmd.err }

func (cmd *BoolCmd) String() string { return fmt.Sprint(cmd.args...) }

// IntCmd is a command whose reply is a int64.
type IntCmd struct {
	baseCmd

	val int64
}

var _ Cmder = (*IntCmd)(nil)

// NewIntCmd returns a new IntCmd.
func NewIntCmd(ctx context.Context, args ...interface{}) *IntCmd {
	return &IntCmd{baseCmd: baseCmd{ctx: ctx, args: args}}
}

// Val returns the reply.
func (cmd *IntCmd) Val() int64 { return cmd.val }

// Result returns the reply and the error.
func (cmd *IntCmd) Result() (int64, error) { return cmd.val, cmd.err }

func (cmd *IntCmd) String() string { return fmt.Sprint(cmd.args...) }

// StringCmd is a command whose reply is a string.
type StringCmd struct {
	baseCmd

	val string
}

var _ Cmder = (*StringCmd)(nil)

// NewStringCmd returns a new StringCmd.
func NewStringCmd(ctx context.Context, args ...interface{}) *StringCmd {
	return &StringCmd{baseCmd: baseCmd{ctx: ctx, args: args}}
}

// Val returns the reply.
func (cmd *StringCmd) Val() string { return cmd.val }

// Result returns the reply and the error.
func (cmd *StringCmd) Result() (string, error) { return cmd.val, cmd.err }

func (cmd *StringCmd) String() string { return fmt.Sprint(cmd.args...) }

// DurationCmd is a command whose reply is a time.Duration.
type DurationCmd struct {
	baseCmd

	val       time.Duration
	precision time.Duration
}

var _ Cmder = (*DurationCmd)(nil)

// NewDurationCmd returns a new DurationCmd.
func NewDurationCmd(ctx context.Context, precision time.Duration, args ...interface{}) *DurationCmd {
	return &DurationCmd{baseCmd: baseCmd{ctx: ctx, args: args}, precision: precision}
}

// Val returns the reply.
func (cmd *DurationCmd) Val() time.Duration { return cmd.val }

// Result returns the reply and the error.
func (cmd *DurationCmd) Result() (time.Duration, error) { return cmd.val, cmd.err }

func (cmd *DurationCmd) String() string { return fmt.Sprint(cmd.args...) }

// StringSliceCmd is a command whose reply is a []string.
type StringSliceCmd struct {
	baseCmd

	val []string
}

var _ Cmder = (*StringSliceCmd)(nil)

// NewStringSliceCmd returns a new StringSliceCmd.
func NewStringSliceCmd(ctx context.Context, args ...interface{}) *StringSliceCmd {
	return &StringSliceCmd{baseCmd: baseCmd{ctx: ctx, args: args}}
}

// Val returns the reply.
func (cmd *StringSliceCmd) Val() []string { return cmd.val }

// Result returns the reply and the error.
func (cmd *StringSliceCmd) Result() ([]string, error) { return cmd.val, cmd.err }

func (cmd *StringSliceCmd) String() string { return fmt.Sprint(cmd.args...) }

// MapStringStringCmd is a command whose reply is a map[string]string.
type MapStringStringCmd struct {
	baseCmd

	val map[string]string
}

var _ Cmder = (*MapStringStringCmd)(nil)

// NewMapStringStringCmd returns a new MapStringStringCmd.
func NewMapStringStringCmd(ctx context.Context, args ...interface{}) *MapStringStringCmd {
	return &MapStringStringCmd{baseCmd: baseCmd{ctx: ctx, args: args}}
}

// Val returns the reply.
func (cmd *MapStringStringCmd) Val() map[string]string { return cmd.val }

// Result returns the reply and the error.
func (cmd *MapStringStringCmd) Result() (map[string]string, error) { return cmd.val, cmd.err }

func (cmd *MapStringStringCmd) String() string { return fmt.Sprint(cmd.args...) }

// Bytes returns the reply as bytes.
func (cmd *StringCmd) Bytes() ([]byte, error) { return []byte(cmd.val), cmd.err }

// Bytes returns the reply as bytes.
func (cmd *StatusCmd) Bytes() ([]byte, error) { return []byte(cmd.val), cmd.err }

// Scan scans the reply into val.
func (cmd *StringCmd) Scan(val interface{}) error { return cmd.err }

// Uint64 returns the reply as an uint64.
func (cmd *IntCmd) Uint64() (uint64, error) { return uint64(cmd.val), cmd.err }
