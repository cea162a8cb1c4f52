package redis

import (
	"context"
	"time"
)

// cmdable runs commands; the real one takes the command too.
type cmdable func(ctx context.Context) error

// Get runs GET key.
func (c cmdable) Get(ctx context.Context, key string) *StringCmd { return nil }

// Set runs SET key value, with an expiration unless it is zero.
func (c cmdable) Set(ctx context.Context, key string, value interface{}, expiration time.Duration) *StatusCmd {
	return nil
}

// SetNX runs SET key value NX.
func (c cmdable) SetNX(ctx context.Context, key string, value interface{}, expiration time.Duration) *BoolCmd {
	return nil
}

// Incr runs INCR key.
func (c cmdable) Incr(ctx context.Context, key string) *IntCmd { return nil }

// Del runs DEL keys.
func (c cmdable) Del(ctx context.Context, keys ...string) *IntCmd { return nil }

// Expire runs EXPIRE key.
func (c cmdable) Expire(ctx context.Context, key string, expiration time.Duration) *BoolCmd {
	return nil
}

// Ping runs PING.
func (c cmdable) Ping(ctx context.Context) *StatusCmd { return nil }

type baseCmd struct{ _ struct{} }

// Err returns the error of the command, Nil when the key does not exist.
func (cmd *baseCmd) Err() error { return nil }

// Args returns the arguments of the command.
func (cmd *baseCmd) Args() []interface{} { return nil }

// StringCmd is a command with a string reply.
type StringCmd struct {
	baseCmd
}

// Val returns the reply.
func (cmd *StringCmd) Val() string { return "" }

// Result returns the reply and the error.
func (cmd *StringCmd) Result() (string, error) { return "", nil }

// StatusCmd is a command with a status reply.
type StatusCmd struct {
	baseCmd
}

// Val returns the reply.
func (cmd *StatusCmd) Val() string { return "" }

// Result returns the reply and the error.
func (cmd *StatusCmd) Result() (string, error) { return "", nil }

// IntCmd is a command with an integer reply.
type IntCmd struct {
	baseCmd
}

// Val returns the reply.
func (cmd *IntCmd) Val() int64 { return 0 }

// Result returns the reply and the error.
func (cmd *IntCmd) Result() (int64, error) { return 0, nil }

// BoolCmd is a command with a boolean reply.
type BoolCmd struct {
	baseCmd
}

// Val returns the reply.
func (cmd *BoolCmd) Val() bool { return false }

// Result returns the reply and the error.
func (cmd *BoolCmd) Result() (bool, error) { return false, nil }
