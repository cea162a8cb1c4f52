package gorm

// Model specify the model you would like to run db operations
func (db *DB) Model(value interface{}) (tx *DB) { return nil }

// Table specify the table you would like to run db operations
func (db *DB) Table(name string, args ...interface{}) (tx *DB) { return nil }

// Distinct specify distinct fields that you want querying
func (db *DB) Distinct(args ...interface{}) (tx *DB) { return nil }

// Select specify fields that you want when querying, creating, updating
func (db *DB) Select(query interface{}, args ...interface{}) (tx *DB) { return nil }

// Omit specify fields that you want to ignore when creating, updating and
// querying
func (db *DB) Omit(columns ...string) (tx *DB) { return nil }

// Where add conditions
func (db *DB) Where(query interface{}, args ...interface{}) (tx *DB) { return nil }

// Not add NOT conditions
func (db *DB) Not(query interface{}, args ...interface{}) (tx *DB) { return nil }

// Or add OR conditions
func (db *DB) Or(query interface{}, args ...interface{}) (tx *DB) { return nil }

// Joins specify Joins conditions
func (db *DB) Joins(query string, args ...interface{}) (tx *DB) { return nil }

// Group specify the group method on the find
func (db *DB) Group(name string) (tx *DB) { return nil }

// Having specify HAVING conditions for GROUP BY
func (db *DB) Having(query interface{}, args ...interface{}) (tx *DB) { return nil }

// Order specify order when retrieving records from database
func (db *DB) Order(value interface{}) (tx *DB) { return nil }

// Limit specify the number of records to be retrieved
func (db *DB) Limit(limit int) (tx *DB) { return nil }

// Offset specify the number of records to skip before starting to return the
// records
func (db *DB) Offset(offset int) (tx *DB) { return nil }

// Preload preload associations with given conditions
func (db *DB) Preload(query string, args ...interface{}) (tx *DB) { return nil }

// Unscoped disables the global scope of soft deletion in a query.
func (db *DB) Unscoped() (tx *DB) { return nil }

// Raw runs a raw SQL query; chain Scan or Find to read its rows.
func (db *DB) Raw(sql string, values ...interface{}) (tx *DB) { return nil }
