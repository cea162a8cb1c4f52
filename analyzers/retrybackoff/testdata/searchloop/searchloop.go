// Package searchloop holds loops that call an operation until it succeeds
// on new inputs: walking up directories, following redirects. They look
// like retries without a wait and are searches (found on real code).
package searchloop

import (
	"errors"
	"net/http"
	"os"
	"path/filepath"
)

// rootWith walks up from the working directory to the one holding name.
func rootWith(name string) (string, error) {
	dir, err := os.Getwd()
	if err != nil {
		return "", err
	}
	for {
		if _, err := os.Stat(filepath.Join(dir, name)); err == nil {
			return dir, nil
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			return "", errors.New("not found")
		}
		dir = parent
	}
}

// firstReachable tries mirrors one after the other.
func firstReachable(c *http.Client, mirrors []string) (*http.Response, error) {
	url := mirrors[0]
	for i := 1; ; i++ {
		resp, err := c.Get(url)
		if err == nil {
			return resp, nil
		}
		if i == len(mirrors) {
			return nil, err
		}
		url = mirrors[i]
	}
}
