// Package directive marks a handler that no registration reveals (it is
// invoked through a scheduler the handler pass does not know) with a
// //fnlint:handler directive.
package directive

import (
	"context"
	"strings"
)

// Reindex is run for each shard by the platform's scheduler.
//
//fnlint:handler task
func Reindex(ctx context.Context, shard string) error { // want `handler Reindex nests control statements 5 deep \(max 4\)`
	for _, part := range strings.Split(shard, "/") {
		if part != "" {
			for _, key := range strings.Fields(part) {
				if key != "" {
					select {
					case <-ctx.Done():
						return ctx.Err()
					default:
					}
				}
			}
		}
	}
	return nil
}
