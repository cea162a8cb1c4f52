// Package clean has no handler.
package clean

// Add adds.
func Add(a, b int) int { return a + b }
