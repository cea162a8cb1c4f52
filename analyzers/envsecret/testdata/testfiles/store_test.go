package store

import (
	"database/sql"
	"testing"
)

const testPassword = "local-test-pass"

func TestOpen(t *testing.T) {
	db, err := sql.Open("postgres", "postgres://test:local-test-pass@localhost:5432/test")
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	_ = testPassword
}
