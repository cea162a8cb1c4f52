// Package main has two handlers, registered in two files, that reach setup
// as closely: the one reported as its root is the first registered by file
// name, then position, whatever the order in which the files were parsed.
package main

import "net/http"

func Beta(w http.ResponseWriter, r *http.Request) { setup() } // want `handler request net/http registered`

func init() { http.HandleFunc("/b", Beta) } // want `init`
