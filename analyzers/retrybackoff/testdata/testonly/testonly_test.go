package testonly

import (
	"net"
	"testing"
)

func TestDial(t *testing.T) {
	l, err := Listen()
	if err != nil {
		t.Fatal(err)
	}
	defer l.Close()
	var conn net.Conn
	for {
		conn, err = net.Dial("tcp", l.Addr().String())
		if err != nil {
			continue
		}
		break
	}
	conn.Close()
}
