package store

import (
	"database/sql"
	"testing"
)

const testPassword = "local-test-pass" // want `hard-coded secret in testPassword`

func TestOpen(t *testing.T) {
	db, err := sql.Open("postgres", "postgres://test:local-test-pass@localhost:5432/test") // want `hard-coded password in the sql.Open DSN`
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	_ = testPassword
}
