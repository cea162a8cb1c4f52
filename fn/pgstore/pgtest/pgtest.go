// Package pgtest gives tests a PostgreSQL pool on a schema of their own.
//
// Tests read the server's URL from FNLINT_TEST_DATABASE_URL (the script
// .ci/postgres.sh starts a server and sets it). When it is unset they are
// skipped, unless FNLINT_REQUIRE_DB=1, as in CI, where they fail.
package pgtest

import (
	"context"
	"crypto/rand"
	"net/url"
	"os"
	"strings"
	"testing"
	"time"

	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgxpool"

	"github.com/fnlint/fnlint/fn/pgstore"
)

// URLVar names the variable holding the test server's URL.
const URLVar = "FNLINT_TEST_DATABASE_URL"

// RequireVar names the variable that turns skips into failures.
const RequireVar = "FNLINT_REQUIRE_DB"

// URL returns the URL of the test server, or skips or fails the test when
// there is none.
func URL(t testing.TB) string {
	t.Helper()
	u := os.Getenv(URLVar)
	if u == "" {
		if os.Getenv(RequireVar) == "1" {
			t.Fatalf("%s=1 but %s is not set: source .ci/postgres.sh", RequireVar, URLVar)
		}
		t.Skipf("%s is not set: source .ci/postgres.sh to run the PostgreSQL tests", URLVar)
	}
	return u
}

// SchemaURL creates a new, empty schema, dropped when the test ends, and
// returns a URL whose connections use it, so that tests of different
// packages can run at the same time on one database.
func SchemaURL(t testing.TB) string {
	t.Helper()
	base := URL(t)
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	schema := "test_" + strings.ToLower(rand.Text()[:12])
	conn, err := pgx.Connect(ctx, base)
	if err != nil {
		t.Fatalf("connect to the test database: %v", err)
	}
	defer conn.Close(ctx)
	if _, err := conn.Exec(ctx, "CREATE SCHEMA "+pgx.Identifier{schema}.Sanitize()); err != nil {
		t.Fatalf("create schema: %v", err)
	}
	t.Cleanup(func() { dropSchema(t, base, schema) })
	u, err := url.Parse(base)
	if err != nil {
		t.Fatalf("parse %s: %v", URLVar, err)
	}
	q := u.Query()
	q.Set("search_path", schema)
	u.RawQuery = q.Encode()
	return u.String()
}

// Pool returns a pool on a schema of its own (see [SchemaURL]), closed
// when the test ends.
func Pool(t testing.TB) *pgxpool.Pool {
	t.Helper()
	u := SchemaURL(t)
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	pool, err := pgstore.Open(ctx, pgstore.PoolConfig{URL: u, MaxConns: 8})
	if err != nil {
		t.Fatalf("open pool: %v", err)
	}
	t.Cleanup(pool.Close)
	return pool
}

func dropSchema(t testing.TB, base, schema string) {
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	conn, err := pgx.Connect(ctx, base)
	if err != nil {
		t.Errorf("connect to drop schema %s: %v", schema, err)
		return
	}
	defer conn.Close(ctx)
	if _, err := conn.Exec(ctx, "DROP SCHEMA "+pgx.Identifier{schema}.Sanitize()+" CASCADE"); err != nil {
		t.Errorf("drop schema %s: %v", schema, err)
	}
}

// Exec runs statements on pool and fails the test on error.
func Exec(t testing.TB, pool *pgxpool.Pool, statements string, args ...any) {
	t.Helper()
	if _, err := pool.Exec(context.Background(), statements, args...); err != nil {
		t.Fatalf("exec: %v", err)
	}
}
