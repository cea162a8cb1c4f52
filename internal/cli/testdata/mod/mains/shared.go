package main

import "example.com/mod/web"

// reply is shared by the mains of the directory.
func reply(w web.ResponseWriter, s string) { w.Write([]byte(s)) }
