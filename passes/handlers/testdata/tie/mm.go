package main

import "net/http"

var ready bool

func setup() { ready = true } // want `invocation Beta → setup`

func main() { http.ListenAndServe(":8080", nil) } // want `init`
