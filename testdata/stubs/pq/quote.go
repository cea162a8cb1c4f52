package pq

// QuoteIdentifier quotes an "identifier" (e.g.
func QuoteIdentifier(name string) string { return "" }

// QuoteLiteral quotes a 'literal' (e.g.
func QuoteLiteral(literal string) string { return "" }
