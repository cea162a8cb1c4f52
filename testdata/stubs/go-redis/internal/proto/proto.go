// Package proto is a fixture stub of
// github.com/redis/go-redis/v9/internal/proto v9.23.0: only the error type
// of redis.Nil.
package proto

// Nil is the reply of a command on a key that does not exist.
const Nil = RedisError("redis: nil") // nolint:errname

// RedisError is an error the Redis server replied with.
type RedisError string

// Error returns the message of the error.
func (e RedisError) Error() string { return string(e) }
