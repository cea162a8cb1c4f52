// Package generics holds a generic retry helper with a constant wait.
package generics

import (
	"time"
)

// retry calls op up to n times, a second apart.
func retry[T any](n int, op func() (T, error)) (T, error) {
	var zero T
	var err error
	for i := 0; i < n; i++ {
		v, e := op()
		if e == nil {
			return v, nil
		}
		err = e
		time.Sleep(time.Second) // want `retry of op waits a constant 1s between attempts`
	}
	return zero, err
}

// Use instantiates the helper.
func Use() (int, error) {
	return retry(3, func() (int, error) { return 42, nil })
}
