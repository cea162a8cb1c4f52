// Package nowait holds retries that call again at once, and loops that try
// alternatives or wait through a helper.
package nowait

import (
	"errors"
	"log"
	"net/http"
	"time"
)

var errUnavailable = errors.New("unavailable")

type client struct {
	hc *http.Client
}

// fetch retries at once, three times in a row.
func (c *client) fetch(req *http.Request) (*http.Response, error) {
	var lastErr error
	for attempt := 0; attempt < 3; attempt++ { // want `retry of c.hc.Do does not wait between attempts; back off exponentially with a cap`
		resp, err := c.hc.Do(req)
		if err != nil {
			lastErr = err
			log.Printf("attempt %d: %v", attempt, err)
			continue
		}
		return resp, nil
	}
	return nil, lastErr
}

// ping retries with the check in the if's init.
func ping(check func() error) error {
	var err error
	for i := 0; i < 5; i++ { // want `retry of check does not wait between attempts`
		if err = check(); err == nil {
			break
		}
	}
	return err
}

// first tries each endpoint once: not a retry of the same call.
func first(endpoints []string, get func(string) (*http.Response, error)) (*http.Response, error) {
	for i := 0; i < len(endpoints); i++ {
		resp, err := get(endpoints[i])
		if err != nil {
			continue
		}
		return resp, nil
	}
	return nil, errUnavailable
}

// pause waits between attempts through a helper of the package.
func pause(attempt int) {
	time.Sleep(time.Duration(attempt*attempt) * 50 * time.Millisecond)
}

func withHelper(check func() error) error {
	var err error
	for attempt := 1; attempt <= 4; attempt++ {
		if err = check(); err == nil {
			return nil
		}
		pause(attempt)
	}
	return err
}
