// Package redis is a fixture stub of github.com/redis/go-redis/v9 v9.23.0:
// Client, ClusterClient, UniversalClient (partial), their options and a few
// commands with opaque result types.
package redis

import (
	"context"
	"crypto/tls"
	"time"

	"github.com/redis/go-redis/v9/internal/proto"
)

// Nil is the reply when a key does not exist.
const Nil = proto.Nil

// Options configures a Client.
type Options struct {
	Network      string
	Addr         string
	Username     string
	Password     string
	DB           int
	MaxRetries   int
	DialTimeout  time.Duration
	ReadTimeout  time.Duration
	WriteTimeout time.Duration
	PoolSize     int
	MinIdleConns int
	TLSConfig    *tls.Config
}

// ClusterOptions configures a ClusterClient.
type ClusterOptions struct {
	Addrs        []string
	Username     string
	Password     string
	MaxRetries   int
	DialTimeout  time.Duration
	ReadTimeout  time.Duration
	WriteTimeout time.Duration
	PoolSize     int
	MinIdleConns int
	TLSConfig    *tls.Config
}

// UniversalOptions configures the client NewUniversalClient returns.
type UniversalOptions struct {
	Addrs      []string
	DB         int
	Username   string
	Password   string
	MaxRetries int
	PoolSize   int
	TLSConfig  *tls.Config
}

type baseClient struct{ _ struct{} }

// Close closes the client's connections.
func (c *baseClient) Close() error { return nil }

// Client is a Redis client, safe for concurrent use, with a connection pool.
type Client struct {
	*baseClient
	cmdable

	_ struct{}
}

// NewClient returns a client to the Redis server of opt.
func NewClient(opt *Options) *Client { return nil }

// Close closes the client's connections.
func (c *Client) Close() error { return nil }

// ClusterClient is a Redis Cluster client, safe for concurrent use.
type ClusterClient struct {
	cmdable

	_ struct{}
}

// NewClusterClient returns a client to the Redis Cluster of opt.
func NewClusterClient(opt *ClusterOptions) *ClusterClient { return nil }

// Close closes the client's connections.
func (c *ClusterClient) Close() error { return nil }

// UniversalClient is the interface of Client, ClusterClient and the other
// clients.
type UniversalClient interface {
	Get(ctx context.Context, key string) *StringCmd
	Set(ctx context.Context, key string, value interface{}, expiration time.Duration) *StatusCmd
	Incr(ctx context.Context, key string) *IntCmd
	Del(ctx context.Context, keys ...string) *IntCmd
	Expire(ctx context.Context, key string, expiration time.Duration) *BoolCmd
	SetNX(ctx context.Context, key string, value interface{}, expiration time.Duration) *BoolCmd
	Ping(ctx context.Context) *StatusCmd
	Close() error
}

// NewUniversalClient returns a ClusterClient, a failover client or a Client
// depending on opts.
func NewUniversalClient(opts *UniversalOptions) UniversalClient { return nil }
