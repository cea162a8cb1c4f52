// Package backoff is a fixture stub of github.com/cenkalti/backoff/v4 v4.3.0:
// the BackOff policies and Retry.
package backoff
