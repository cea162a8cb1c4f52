package sqlscan

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func parse1(t *testing.T, d Dialect, src string) Statement {
	t.Helper()
	stmts := Parse(d, Const(src))
	require.Len(t, stmts, 1, src)
	return stmts[0]
}

func TestSplit(t *testing.T) {
	stmts := Parse(Postgres, Const("INSERT INTO a VALUES (1); ; UPDATE b SET x = ';' ;\nDO $$ BEGIN PERFORM 1; END $$"))
	require.Len(t, stmts, 3)
	assert.Equal(t, []StmtKind{Insert, Update, OtherStmt}, []StmtKind{stmts[0].Kind(), stmts[1].Kind(), stmts[2].Kind()})
}

func TestKind(t *testing.T) {
	tests := map[string]StmtKind{
		"select 1":                    Select,
		"(SELECT 1) UNION (SELECT 2)": Select,
		"VALUES (1)":                  Select,
		"insert into t values (1)":    Insert,
		"REPLACE INTO t VALUES (1)":   Replace,
		"UPSERT INTO t VALUES (1)":    Upsert,
		"update t set a = 1":          Update,
		"DELETE FROM t":               Delete,
		"MERGE INTO t USING s ON t.id = s.id WHEN MATCHED THEN DO NOTHING":                       Merge,
		"WITH x AS (SELECT 1) INSERT INTO t SELECT * FROM x":                                     Insert,
		"WITH RECURSIVE a(n) AS (SELECT 1), b AS NOT MATERIALIZED (SELECT 2) UPDATE t SET a = 1": Update,
		"CREATE TABLE t (a int)":    OtherStmt,
		"-- comment only\nSELECT 1": Select,
	}
	for src, want := range tests {
		assert.Equal(t, want, parse1(t, Postgres, src).Kind(), src)
	}
	st := Parse(Postgres, Unknown(), Const(" FROM t"))[0]
	assert.Equal(t, UnknownStmt, st.Kind())
	assert.True(t, st.HasHole())
}

func TestInsert(t *testing.T) {
	tests := []struct {
		d        Dialect
		src      string
		conflict Conflict
		target   []string
	}{
		{Postgres, "INSERT INTO orders (id, total) VALUES ($1, $2)", NoConflict, nil},
		{Postgres, "INSERT INTO orders (id) VALUES ($1) ON CONFLICT (id) DO NOTHING", OnConflictNothing, []string{"id"}},
		{Postgres, "INSERT INTO orders (id) VALUES ($1) ON CONFLICT ON CONSTRAINT orders_pkey DO NOTHING", OnConflictNothing, nil},
		{Postgres, `INSERT INTO "Orders" ("Id") VALUES ($1) ON CONFLICT ("Id") DO UPDATE SET total = EXCLUDED.total`, OnConflictUpdate, []string{"Id"}},
		{Postgres, "insert into t (a) values ($1) -- on conflict do nothing", NoConflict, nil},
		{Postgres, "INSERT INTO t (a) VALUES ('ON CONFLICT DO NOTHING')", NoConflict, nil},
		{MySQL, "INSERT INTO t (a) VALUES (?) ON DUPLICATE KEY UPDATE a = VALUES(a)", OnDuplicateKey, nil},
		{MySQL, "INSERT IGNORE INTO t (a) VALUES (?)", InsertIgnore, nil},
		{MySQL, "INSERT LOW_PRIORITY IGNORE t (a) VALUES (?)", InsertIgnore, nil},
		{SQLite, "INSERT OR IGNORE INTO t (a) VALUES (?)", InsertOrIgnore, nil},
		{SQLite, "INSERT OR REPLACE INTO t (a) VALUES (?)", InsertOrReplace, nil},
		{SQLite, "REPLACE INTO t (a) VALUES (?)", InsertOrReplace, nil},
		{Postgres, "INSERT INTO t (a) SELECT $1 WHERE NOT EXISTS (SELECT 1 FROM t WHERE a = $1)", NotExists, nil},
		{Postgres, "INSERT INTO t (a) SELECT x FROM (SELECT $1 AS x) s WHERE NOT EXISTS (SELECT 1 FROM t WHERE a = s.x)", NotExists, nil},
		{Postgres, "WITH n AS (SELECT 1) INSERT INTO t (a) VALUES (1) ON CONFLICT DO NOTHING", OnConflictNothing, nil},
	}
	for _, tt := range tests {
		info := parse1(t, tt.d, tt.src).Insert()
		require.NotNil(t, info, tt.src)
		assert.Equal(t, tt.conflict, info.Conflict, tt.src)
		assert.Equal(t, tt.target, info.Target, tt.src)
	}

	info := parse1(t, Postgres, "INSERT INTO public.events (event_id, body, created_at) VALUES ($1, lower($2), now()), ($3, $4, now())").Insert()
	assert.Equal(t, "events", info.Table)
	assert.Equal(t, []string{"event_id", "body", "created_at"}, info.Columns)
	require.Len(t, info.Rows, 2)
	assert.Equal(t, []string{"word:lower", "punct:(", "param:$2", "punct:)"}, kinds(info.Rows[0][1]))
	assert.Nil(t, parse1(t, Postgres, "SELECT 1").Insert())
}

// TestInsertUnclosedValues: a VALUES list cut short, as a query built in
// code may be, has its values up to the end of the text (a "(" that ends
// the text made the scanner slice out of range; found by FuzzScan).
func TestInsertUnclosedValues(t *testing.T) {
	info := parse1(t, Postgres, "INSERT INTO t (a, b) VALUES ($1, $2").Insert()
	require.Len(t, info.Rows, 1)
	require.Len(t, info.Rows[0], 2)
	assert.Equal(t, []string{"param:$2"}, kinds(info.Rows[0][1]))
	for _, st := range []Statement{
		parse1(t, Postgres, "INSERT INTO t (a) VALUES ("),
		Parse(Postgres, Const("INSERT A00"), Unknown(), Const("VALUES ("))[0],
	} {
		info = st.Insert()
		require.Len(t, info.Rows, 1)
		require.Len(t, info.Rows[0], 1)
		assert.Empty(t, info.Rows[0][0])
	}
}

func TestIncrements(t *testing.T) {
	tests := []struct {
		d    Dialect
		src  string
		want []string
	}{
		{Postgres, "UPDATE counters SET n = n + 1 WHERE id = $1", []string{"n"}},
		{Postgres, "UPDATE accounts SET balance = balance - $1, updated_at = now() WHERE id = $2", []string{"balance"}},
		{Postgres, "UPDATE t SET hits = 1 + t.hits", []string{"hits"}},
		{Postgres, `UPDATE t SET "Hits" = COALESCE("Hits", 0) + 1`, []string{"Hits"}},
		{Postgres, "UPDATE t SET tags = tags || $1::text[]", []string{"tags"}},
		{Postgres, "UPDATE t SET tags = array_append(tags, $1)", []string{"tags"}},
		{Postgres, "INSERT INTO t (k, n) VALUES ($1, 1) ON CONFLICT (k) DO UPDATE SET n = t.n + EXCLUDED.n", []string{"n"}},
		{MySQL, "INSERT INTO t (k, n) VALUES (?, 1) ON DUPLICATE KEY UPDATE n = n + 1", []string{"n"}},
		{Postgres, "MERGE INTO t USING s ON t.k = s.k WHEN MATCHED THEN UPDATE SET n = t.n + s.n", []string{"n"}},
		// Not increments.
		{Postgres, "UPDATE t SET n = $1, m = m WHERE id = $2", nil},
		{Postgres, "UPDATE t SET n = n2 + 1", nil},
		{Postgres, "UPDATE t SET total = EXCLUDED.total + 1", nil},
		{Postgres, "INSERT INTO t (k, n) VALUES ($1, 1) ON CONFLICT (k) DO UPDATE SET n = EXCLUDED.n + 1", nil},
		{MySQL, "INSERT INTO t (k, n) VALUES (?, 1) ON DUPLICATE KEY UPDATE n = VALUES(n) + 1", nil},
		{Postgres, "UPDATE t SET seen = GREATEST(seen, $1)", nil},
		{Postgres, "UPDATE t SET n = 'n + 1'", nil},
		{Postgres, "UPDATE t SET n = n /* + 1 */", nil},
		{Postgres, "SELECT n + 1 FROM t", nil},
	}
	for _, tt := range tests {
		var got []string
		for _, a := range parse1(t, tt.d, tt.src).Increments() {
			got = append(got, a.Column)
		}
		assert.Equal(t, tt.want, got, tt.src)
	}
}

func TestGuards(t *testing.T) {
	st := parse1(t, Postgres, "UPDATE t SET version = version + 1, n = n + 1 WHERE id = $1 AND version = $2")
	assert.True(t, st.Guards("version"))
	assert.False(t, st.Guards("n"))
	assert.False(t, parse1(t, Postgres, "UPDATE t SET n = n + 1 WHERE id = $1 AND x.n = 1").Guards("n"))
	assert.False(t, parse1(t, Postgres, "UPDATE t SET n = n - 1 WHERE n >= 1").Guards("n"))
}

func TestGuardsQualified(t *testing.T) {
	assert.True(t, parse1(t, Postgres, "UPDATE stock s SET qty = qty - 1 WHERE s.id = $1 AND s.qty = $2").Guards("qty"))
	assert.True(t, parse1(t, Postgres, "UPDATE stock SET qty = qty - 1 WHERE $2 = stock.qty").Guards("qty"))
	assert.False(t, parse1(t, Postgres, "SELECT 1 WHERE qty = 1").Guards("qty"))
}

func TestInsertUnsure(t *testing.T) {
	st := Parse(Postgres, Const("INSERT INTO "), Unknown(), Const(" (id) VALUES ($1)"))[0]
	info := st.Insert()
	require.NotNil(t, info)
	assert.False(t, info.Unsure, "a hole for the table name hides no conflict clause")
	assert.Equal(t, []string{"id"}, info.Columns)
	st = Parse(Postgres, Const("INSERT INTO t (id) VALUES ($1) "), Unknown())[0]
	assert.True(t, st.Insert().Unsure)
}
