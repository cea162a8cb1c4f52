package sqlscan

// Conflict is how an INSERT handles a row that already exists.
type Conflict uint8

const (
	// NoConflict is a plain INSERT: a second run inserts a second row or
	// fails on a unique key.
	NoConflict Conflict = iota
	// OnConflictNothing is ON CONFLICT ... DO NOTHING (PostgreSQL, SQLite).
	OnConflictNothing
	// OnConflictUpdate is ON CONFLICT ... DO UPDATE (PostgreSQL, SQLite).
	OnConflictUpdate
	// OnDuplicateKey is MySQL ON DUPLICATE KEY UPDATE.
	OnDuplicateKey
	// InsertIgnore is MySQL INSERT IGNORE.
	InsertIgnore
	// InsertOrIgnore is SQLite INSERT OR IGNORE.
	InsertOrIgnore
	// InsertOrReplace is SQLite INSERT OR REPLACE, and REPLACE INTO.
	InsertOrReplace
	// NotExists is an INSERT ... SELECT ... WHERE NOT EXISTS (...).
	NotExists
	// Merged is a MERGE, or a CockroachDB UPSERT.
	Merged
)

var conflictNames = [...]string{"none", "ON CONFLICT DO NOTHING", "ON CONFLICT DO UPDATE", "ON DUPLICATE KEY UPDATE", "INSERT IGNORE", "INSERT OR IGNORE", "INSERT OR REPLACE", "WHERE NOT EXISTS", "MERGE"}

func (c Conflict) String() string { return conflictNames[c] }

// An InsertInfo describes an INSERT, REPLACE or UPSERT statement.
type InsertInfo struct {
	// Table is the table written, the last part of its name.
	Table string
	// Columns are the columns listed after the table, in order; nil when
	// none are listed.
	Columns []string
	// Rows are the rows of a VALUES list, each the tokens of each value.
	Rows [][][]Token
	// Conflict is the conflict handling of the statement.
	Conflict Conflict
	// Target are the columns of ON CONFLICT (...), if listed.
	Target []string
	// Updates are the assignments of DO UPDATE SET or ON DUPLICATE KEY
	// UPDATE.
	Updates []Assignment
	// Unsure reports whether a hole lies after the table name, where
	// conflict handling the scanner cannot see may be.
	Unsure bool
}

// Insert describes the statement if it is an INSERT, REPLACE or UPSERT,
// and returns nil otherwise.
func (s Statement) Insert() *InsertInfo {
	kind := s.Kind()
	if kind != Insert && kind != Replace && kind != Upsert {
		return nil
	}
	toks := s.Tokens
	info := new(InsertInfo)
	switch kind {
	case Replace:
		info.Conflict = InsertOrReplace
	case Upsert:
		info.Conflict = Merged
	}
	i := s.main() + 1
	// Modifiers: LOW_PRIORITY, DELAYED, HIGH_PRIORITY, IGNORE, OR <action>.
modifiers:
	for ; i < len(toks); i++ {
		switch t := toks[i]; {
		case t.Is("IGNORE"):
			info.Conflict = InsertIgnore
		case t.Is("OR") && next(toks, i, "IGNORE"):
			info.Conflict = InsertOrIgnore
			i++
		case t.Is("OR") && next(toks, i, "REPLACE"):
			info.Conflict = InsertOrReplace
			i++
		case t.Is("LOW_PRIORITY"), t.Is("DELAYED"), t.Is("HIGH_PRIORITY"), t.Is("OR"),
			t.Is("ABORT"), t.Is("FAIL"), t.Is("ROLLBACK"), t.Is("REPLACE"):
		default:
			break modifiers
		}
	}
	if i < len(toks) && toks[i].Is("INTO") { // INTO is optional in MySQL
		i++
	}
	info.Table, i = qualifiedName(toks, i)
	if i < len(toks) && toks[i].Kind == Hole {
		info.Table = "" // only a part of the name is known
	}
	for i < len(toks) && (toks[i].Kind == Hole || toks[i].Kind == Word && !toks[i].Is("VALUES") && !toks[i].Is("SELECT") && !toks[i].Is("AS")) {
		i++ // a table name made in code: "INSERT INTO " + table + "_v2 (...)"
	}
	for _, t := range toks[min(i, len(toks)):] {
		info.Unsure = info.Unsure || t.Kind == Hole || t.Spans
	}
	if i < len(toks) && toks[i].Is("AS") {
		i += 2
	}
	if i < len(toks) && toks[i].IsOp("(") && !next(toks, i, "SELECT", "WITH", "VALUES") {
		info.Columns, i = names(toks, i)
		i++
	}
	if i < len(toks) && toks[i].Is("VALUES") {
		info.Rows, i = rows(toks, i+1)
	}
	s.conflict(info, i)
	return info
}

// rows reads the rows of a VALUES list starting at i and returns them with
// the index after the list.
func rows(toks []Token, i int) ([][][]Token, int) {
	var out [][][]Token
	for i < len(toks) && toks[i].IsOp("(") {
		end := closing(toks, i)
		if !toks[end].IsOp(")") {
			end = len(toks) // never closed: the row runs to the end of the text
		}
		out = append(out, split(toks[i+1:end]))
		i = end + 1
		if i < len(toks) && toks[i].IsOp(",") {
			i++
		}
	}
	return out, i
}

// split splits toks at the commas outside parentheses.
func split(toks []Token) [][]Token {
	var out [][]Token
	start := 0
	topLevel(toks, 0, func(i int) bool {
		if toks[i].IsOp(",") {
			out = append(out, toks[start:i])
			start = i + 1
		}
		return true
	})
	return append(out, toks[start:])
}

// conflict reads the conflict handling of an INSERT from index i on.
func (s Statement) conflict(info *InsertInfo, from int) {
	toks := s.Tokens
	for i := from; i < len(toks); i++ {
		switch {
		case words(toks, i, "NOT", "EXISTS") && info.Conflict == NoConflict:
			info.Conflict = NotExists
		case toks[i].IsOp("("):
			if words(toks, i+1, "SELECT") || words(toks, i+1, "WITH") {
				continue // look inside subqueries for NOT EXISTS
			}
			i = closing(toks, i)
		case words(toks, i, "ON", "CONFLICT"):
			i += 2
			if i < len(toks) && toks[i].IsOp("(") {
				info.Target, i = names(toks, i)
				i++
			}
			for i < len(toks) && !toks[i].Is("DO") {
				i++
			}
			info.Conflict = OnConflictNothing
			if words(toks, i, "DO", "UPDATE") {
				info.Conflict = OnConflictUpdate
				info.Updates = assignments(toks, i+2)
			}
		case words(toks, i, "ON", "DUPLICATE", "KEY", "UPDATE"):
			info.Conflict = OnDuplicateKey
			info.Updates = assignments(toks, i+4)
			return
		}
	}
}

// An Assignment is one "column = value" of a SET list.
type Assignment struct {
	// Column is the column assigned, the last part of its name.
	Column string
	// Value are the tokens of the value.
	Value []Token
	// Pos is the offset of the column in the constant text of the query.
	Pos int
}

// assignments reads a SET list from i (the SET keyword itself is skipped),
// up to the first clause that ends it.
func assignments(toks []Token, i int) []Assignment {
	if i < len(toks) && toks[i].Is("SET") {
		i++
	}
	end := len(toks)
	topLevel(toks, i, func(k int) bool {
		t := toks[k]
		if t.Is("WHERE") || t.Is("FROM") || t.Is("RETURNING") || t.Is("WHEN") || t.Is("ORDER") || t.Is("LIMIT") || t.Is("ON") {
			end = k
			return false
		}
		return true
	})
	if i >= end {
		return nil
	}
	var out []Assignment
	for _, part := range split(toks[i:end]) {
		col, k := qualifiedName(part, 0)
		if col == "" || k >= len(part) || !part[k].IsOp("=") {
			continue // (a, b) = (...) and holes
		}
		out = append(out, Assignment{Column: col, Value: part[k+1:], Pos: part[0].Pos})
	}
	return out
}

// Assignments returns the assignments of the statement that change rows
// already there: the SET list of an UPDATE, the DO UPDATE SET or ON
// DUPLICATE KEY UPDATE of an INSERT, and the UPDATE SET of MERGE ... WHEN
// MATCHED.
func (s Statement) Assignments() []Assignment {
	switch s.Kind() {
	case Update:
		var out []Assignment
		topLevel(s.Tokens, s.main(), func(i int) bool {
			if s.Tokens[i].Is("SET") {
				out = assignments(s.Tokens, i)
				return false
			}
			return true
		})
		return out
	case Insert, Replace, Upsert:
		return s.Insert().Updates
	case Merge:
		var out []Assignment
		for i, t := range s.Tokens {
			if t.Is("UPDATE") && words(s.Tokens, i+1, "SET") {
				out = append(out, assignments(s.Tokens, i+1)...)
			}
		}
		return out
	}
	return nil
}

// Increments returns the assignments of the statement that add to, take
// from or append to the value already there: "n = n + 1", "total = total -
// $1", "tags = tags || $2", "n = COALESCE(n, 0) + 1",
// "list = array_append(list, $1)". A reference to the new row
// (EXCLUDED.n, VALUES(n)) is not the value already there. Running such a
// statement twice counts twice.
func (s Statement) Increments() []Assignment {
	var out []Assignment
	for _, a := range s.Assignments() {
		if a.increments() {
			out = append(out, a)
		}
	}
	return out
}

// increments reports whether the value of a uses the column's own value
// with an arithmetic or appending operator.
func (a Assignment) increments() bool {
	v := a.Value
	for i, t := range v {
		if t.Name() != a.Column || next(v, i, "(") {
			continue
		}
		if i >= 2 && v[i-1].IsOp(".") && v[i-2].Name() == "excluded" {
			continue
		}
		// Widen to a call wrapping the reference: COALESCE(n, 0), IFNULL(n, 0).
		lo, hi := i, i
		if call, end, ok := enclosingCall(v, i); ok {
			fn := v[call].Name()
			switch {
			case equalFoldAny(fn, "values"):
				continue
			case equalFoldAny(fn, "array_append", "array_prepend", "array_cat", "concat", "jsonb_insert"):
				return true
			case equalFoldAny(fn, "coalesce", "ifnull", "nvl", "isnull"):
				lo, hi = call, end
			}
		}
		for lo >= 2 && v[lo-1].IsOp(".") { // qualified: t.n
			lo -= 2
		}
		if lo > 0 && isArith(v[lo-1]) || hi+1 < len(v) && isArith(v[hi+1]) {
			return true
		}
	}
	return false
}

// enclosingCall returns, for the token at i, the index of the name of the
// function call whose parentheses hold it, and the index of the closing
// parenthesis.
func enclosingCall(v []Token, i int) (int, int, bool) {
	depth := 0
	for k := i - 1; k >= 0; k-- {
		switch {
		case v[k].IsOp(")"):
			depth++
		case v[k].IsOp("("):
			if depth > 0 {
				depth--
				continue
			}
			if k == 0 || v[k-1].Kind != Word {
				return 0, 0, false
			}
			return k - 1, closing(v, k), true
		}
	}
	return 0, 0, false
}

func isArith(t Token) bool { return t.IsOp("+") || t.IsOp("-") || t.IsOp("||") }

// Guards reports whether the WHERE clause of an UPDATE compares column
// of the updated table with = : "SET version = version + 1 WHERE id = $1
// AND version = $2" is a compare-and-set, which a second run does not
// repeat.
func (s Statement) Guards(column string) bool {
	if s.Kind() != Update {
		return false
	}
	toks := s.Tokens
	// UPDATE [ONLY] table [[AS] alias] SET
	i := s.main() + 1
	if i < len(toks) && toks[i].Is("ONLY") {
		i++
	}
	table, i := qualifiedName(toks, i)
	alias := table
	if i < len(toks) && toks[i].Is("AS") {
		i++
	}
	if i < len(toks) && !toks[i].Is("SET") && toks[i].Name() != "" {
		alias = toks[i].Name()
	}
	where := -1
	topLevel(toks, i, func(k int) bool {
		if toks[k].Is("WHERE") {
			where = k
			return false
		}
		return true
	})
	if where < 0 {
		return false
	}
	for k := where + 1; k < len(toks); k++ {
		if toks[k].Name() != column {
			continue
		}
		lo := k
		if k >= 2 && toks[k-1].IsOp(".") {
			if q := toks[k-2].Name(); q != table && q != alias {
				continue
			}
			lo = k - 2
		}
		if k+1 < len(toks) && toks[k+1].IsOp("=") || lo > 0 && toks[lo-1].IsOp("=") {
			return true
		}
	}
	return false
}
