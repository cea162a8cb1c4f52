package main

import "net/http"

func Alpha(w http.ResponseWriter, r *http.Request) { setup() } // want `handler request net/http registered`

func init() { http.HandleFunc("/a", Alpha) } // want `init`
