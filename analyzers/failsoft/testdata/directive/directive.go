// Package directive holds a response function of its own kind, marked by
// a directive: a transport hook that post-processes *http.Response.
package directive

import (
	"bytes"
	"io"
	"net/http"
)

// Rewrite rewrites the body of upstream responses.
//
//fnlint:handler response
func Rewrite(resp *http.Response) (*http.Response, error) {
	body, err := io.ReadAll(resp.Body)
	if err != nil {
		return nil, err // want `response function Rewrite returns nil after an error; return the original response resp`
	}
	resp.Body = io.NopCloser(bytes.NewReader(bytes.ReplaceAll(body, []byte("http://"), []byte("https://"))))
	return resp, nil
}
