package zap

// An Option configures a Logger.
type Option interface{ apply(*Logger) }
