package sqlx

// BindType returns the bindtype for a given database given a drivername.
func BindType(driverName string) int { return 0 }

// Rebind a query from the default bindtype (QUESTION) to the target bindtype.
func Rebind(bindType int, query string) string { return "" }

// In expands slice values in args, returning the modified query string and a
// new arg list that can be executed by a database.
func In(query string, args ...interface{}) (string, []interface{}, error) { return "", nil, nil }

// Bindvar types supported by Rebind, BindMap and BindStruct.
const (
	UNKNOWN = iota
	QUESTION
	DOLLAR
	NAMED
	AT
)
