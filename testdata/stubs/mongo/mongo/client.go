package mongo

import (
	"context"

	"go.mongodb.org/mongo-driver/v2/mongo/options"
)

// Client is a handle representing a pool of connections to a MongoDB
// deployment.
type Client struct {
	_ struct{}
}

// Connect creates a new Client with the given configuration options.
func Connect(opts ...*options.ClientOptions) (*Client, error) { return nil, nil }

// Disconnect closes sockets to the topology referenced by this Client.
func (c *Client) Disconnect(ctx context.Context) error { return nil }
