// Package zapcore is a fixture stub of go.uber.org/zap/zapcore v1.28.0: only
// Field.
package zapcore
