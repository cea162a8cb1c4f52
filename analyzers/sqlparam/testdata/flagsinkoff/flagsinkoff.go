// Package flagsinkoff is flagsink with no sinks flag: the client is not a
// sink, and nothing is reported.
package flagsinkoff

import "net/http"

// Client runs SQL on a warehouse.
type Client struct{}

// Run runs query with args.
func (c *Client) Run(label, query string, args ...any) error { return nil }

var wh = &Client{}

// Export builds the query from the request.
func Export(w http.ResponseWriter, r *http.Request) {
	_ = wh.Run("export", "SELECT * FROM "+r.URL.Query().Get("table"))
	_ = wh.Run("export "+r.URL.Query().Get("table"), "SELECT 1") // the label is not the query
}
