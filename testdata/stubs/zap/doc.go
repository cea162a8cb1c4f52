// Package zap is a fixture stub of go.uber.org/zap v1.28.0: Logger,
// SugaredLogger, fields and the constructors.
package zap
