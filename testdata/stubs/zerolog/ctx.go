package zerolog

import (
	"context"
)

// WithContext returns a copy of ctx with the receiver attached.
func (l Logger) WithContext(ctx context.Context) context.Context { return nil }

// Ctx returns the Logger associated with the ctx.
func Ctx(ctx context.Context) *Logger { return nil }
