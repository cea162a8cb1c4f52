// Package audit writes audit lines.
package audit

import "log"

// Log writes an audit line with a value.
func Log(event string, value any) { // want Log:`logParams\(0:log.Printf, 1:log.Printf\)`
	log.Printf("audit %s: %v", event, value)
}

// Count writes a count; it logs its parameters too, but only numbers.
func Count(event string, n int) { // want Count:`logParams\(0:log.Printf\)`
	log.Printf("audit %s: %d", event, n)
}
