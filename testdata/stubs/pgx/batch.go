package pgx

import "github.com/jackc/pgx/v5/pgconn"

// QueuedQuery is a query queued in a Batch.
type QueuedQuery struct {
	SQL       string
	Arguments []any
	Fn        batchItemFunc
	sd        *pgconn.StatementDescription
}

type batchItemFunc func(br BatchResults) error

// Query sets the function that reads the rows of the query.
func (qq *QueuedQuery) Query(fn func(rows Rows) error) {}

// QueryRow sets the function that reads the row of the query.
func (qq *QueuedQuery) QueryRow(fn func(row Row) error) {}

// Exec sets the function that reads the command tag of the query.
func (qq *QueuedQuery) Exec(fn func(ct pgconn.CommandTag) error) {}

// Batch is a set of queries sent together.
type Batch struct {
	QueuedQueries []*QueuedQuery

	txOptions *TxOptions
}

// BeginTx makes the batch run in a transaction.
func (b *Batch) BeginTx(txOptions TxOptions) { b.txOptions = &txOptions }

// Queue queues a query.
func (b *Batch) Queue(query string, arguments ...any) *QueuedQuery {
	qq := &QueuedQuery{SQL: query, Arguments: arguments}
	b.QueuedQueries = append(b.QueuedQueries, qq)
	return qq
}

// Len returns the number of queued queries.
func (b *Batch) Len() int { return len(b.QueuedQueries) }

// BatchResults reads the results of a batch.
type BatchResults interface {
	Exec() (pgconn.CommandTag, error)
	Query() (Rows, error)
	QueryRow() Row
	Close() error
	Tx() Tx
}
