package options

// ClientOptions contains arguments to configure a Client instance.
type ClientOptions struct {
	AppName     *string
	Hosts       []string
	MaxPoolSize *uint64
	MinPoolSize *uint64

	_ struct{}
}

// Client creates a new ClientOptions instance.
func Client() *ClientOptions { return nil }

// ApplyURI parses the given URI and sets options accordingly.
func (c *ClientOptions) ApplyURI(uri string) *ClientOptions { return nil }

// SetAppName specifies an application name that is sent to the server when
// creating new connections.
func (c *ClientOptions) SetAppName(s string) *ClientOptions { return nil }

// SetMaxPoolSize specifies that maximum number of connections allowed in the
// driver's connection pool to each server.
func (c *ClientOptions) SetMaxPoolSize(u uint64) *ClientOptions { return nil }
