// Package sqlparam defines an Analyzer that reports SQL built from
// non-constant data and passed to a database.
//
// # Analyzer sqlparam
//
// sqlparam: report SQL queries built from non-constant data
//
// A query built by pasting values into its text (with +, fmt.Sprintf,
// strings.Builder, strings.Join or a helper that does it) lets whoever
// controls the values rewrite the query: SQL injection. Pass the values as
// query arguments instead, with the placeholders of the driver ($1 for
// PostgreSQL, ? for MySQL and SQLite), and choose identifiers (columns,
// sort orders) from a fixed set of constants.
//
// sqlparam follows the query argument of every call that runs SQL back
// through the SSA form of the function: constants, concatenation and +=,
// fmt.Sprintf and fmt.Sprint with the verb of each operand,
// strings.Builder and bytes.Buffer writes (and fmt.Fprintf to them),
// strings.Join, strings.Repeat and the other strings functions, variables
// reassigned on any path, captured variables of closures, package
// variables, unexported fields of the package's types (the values the
// package stores in them), and functions of the same or another package:
// a helper that returns a string built from its parameters, or that passes
// a parameter to a sink, is summarized (across packages with a fact), and
// the call is judged with its arguments.
//
// The sinks, matched by type:
//   - database/sql: Query, QueryContext, QueryRow, QueryRowContext, Exec,
//     ExecContext, Prepare, PrepareContext of *DB, *Tx and *Conn;
//   - github.com/jmoiron/sqlx: the same promoted methods, and Get, Select,
//     NamedExec, NamedQuery, MustExec, Queryx, QueryRowx, Preparex,
//     PrepareNamed (and their Context forms) of *DB, *Tx and *Conn, and the
//     package functions of the same names;
//   - github.com/jackc/pgx/v5: Query, QueryRow, Exec, Prepare of *pgx.Conn,
//     pgx.Tx, *pgxpool.Pool, *pgxpool.Conn and *pgxpool.Tx, and
//     (*pgx.Batch).Queue;
//   - gorm.io/gorm: Raw and Exec of *gorm.DB (category query), and the
//     string conditions of Where, Or, Not, Having, Order, Group and Joins
//     (category clause; a struct or map condition is not SQL text);
//   - calls through an interface whose method has the name and the exact
//     signature of a method of the above (a Querier interface with
//     QueryContext that *sql.DB implements, sqlx.Ext, sqlc's DBTX);
//   - the functions of the sinks flag.
//
// # What is not reported
//
//   - constants and constant folds, package variables and unexported
//     fields the package only ever sets to constants;
//   - integers, floats and booleans formatted in (fmt.Sprintf("LIMIT %d",
//     n), %s of an int, strconv.Itoa), time.Time, time.Duration and
//     uuid.UUID values, time.Time.Format with a constant layout;
//   - placeholder lists: strings.Repeat("?,", n), strings.Join of a slice
//     of "?" or of fmt.Sprintf("$%d", i);
//   - values chosen from a fixed set of constants: a switch that assigns
//     constants, a lookup in a map whose values are constants, and a value
//     used only after it was compared with constants (a switch with a
//     default that returns), found among the keys of a constant map, or in
//     a constant slice with slices.Contains;
//   - quoted identifiers and literals: pgx.Identifier{...}.Sanitize(),
//     pq.QuoteIdentifier, pq.QuoteLiteral;
//   - a function that only passes its string parameter on to a sink (a
//     query wrapper): its callers are checked instead, with the wrapper
//     named in the message.
//
// SQL injection is a bug in any scope, so sqlparam reports everywhere in
// the package, not only in invocation scope. The message says "request
// input" when the non-constant data comes from a handler's request or
// event (a parameter of a handler, an *http.Request, or a value computed
// from them: URL.Query().Get, FormValue, PathValue, Header.Get, a decoded
// body), and "non-constant data" otherwise (configuration, rows read from
// the database, values of unknown origin).
//
// Limits: a query built by a function reached only through an interface
// or a function value is non-constant; a builder passed to another
// function is non-constant.
//
// # Examples
//
// The sort column and the search term come from the request:
//
//	q := fmt.Sprintf("SELECT id, name FROM users WHERE name = '%s' ORDER BY %s", name, sort)
//	rows, err := db.QueryContext(ctx, q) // query built from request input (name) reaches sql.(*DB).QueryContext; pass values as query arguments
//
// Pass the value as an argument and choose the column from constants:
//
//	col := "name"
//	switch sort {
//	case "created":
//		col = "created_at"
//	}
//	rows, err := db.QueryContext(ctx, "SELECT id, name FROM users WHERE name = $1 ORDER BY "+col, name)
//
// # Suggested fixes
//
// When the query is a fmt.Sprintf call (in place, or in a variable used
// once) whose non-constant operands all stand for values after a
// comparison operator of a WHERE clause (name = '%s', id = %s), and the
// sink call has no arguments yet, the fix replaces each with a placeholder
// and passes the operand as an argument. The placeholder style is $N for
// pgx, ? for gorm, and for database/sql and sqlx the style of the driver
// the package opens: the constant driver name of sql.Open, sqlx.Open or
// sqlx.Connect in the package, or the driver it imports (lib/pq and pgx's
// stdlib: $N; go-sql-driver/mysql and the sqlite drivers: ?). With no
// driver in sight there is no fix.
//
// # Flags
//
// sinks: comma-separated full names of more functions or methods that run
// the SQL text of a parameter, each with an optional #N, the index of the
// query parameter (receiver not counted; by default the first string
// parameter):
//
//	fnlint -sqlparam.sinks='(*example.com/db.Client).Run,example.com/db.Exec#1' ./...
package sqlparam
