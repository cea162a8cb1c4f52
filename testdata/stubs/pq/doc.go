// Package pq is a fixture stub of github.com/lib/pq v1.12.3: the quoting
// helpers and Array, without the driver.
package pq
