// Package idempotenttask defines an Analyzer that reports writes in task
// handlers that are not safe to run twice.
//
// # Analyzer idempotenttask
//
// idempotenttask: report writes in task handlers that are not safe to run twice
//
// SQS, SNS, EventBridge, S3, Kinesis and DynamoDB-stream events are
// delivered at least once: a record is delivered again when the handler
// fails, times out, or when the queue simply delivers it twice. A task
// handler must therefore leave the same state whether it runs once or
// twice. The idempotenttask check looks at every write reached from a task
// handler (aws-lambda-go task events, CloudEvents functions, fn task
// functions), across packages, and reports:
//
//   - insert: an INSERT with no conflict handling. The SQL of the query is
//     read with a tokenizer (comments and string literals cannot fool it),
//     including the constant parts of queries built with + and
//     fmt.Sprintf; ON CONFLICT, ON DUPLICATE KEY UPDATE, INSERT IGNORE,
//     INSERT OR IGNORE/REPLACE, REPLACE, MERGE, UPSERT and INSERT ...
//     SELECT ... WHERE NOT EXISTS are conflict handling. A query whose
//     text after the table name is not known (a hole where a conflict
//     clause could be) is not reported.
//   - increment: an UPDATE (or an upsert's DO UPDATE SET / ON DUPLICATE KEY
//     UPDATE, or a MERGE) that adds to a column's own value (n = n + 1,
//     total = total - $1, tags = tags || $2, array_append), unless its
//     WHERE compares that column with = (a compare-and-set); a DynamoDB
//     UpdateItem whose UpdateExpression ADDs or SETs a = a + :v with no
//     ConditionExpression.
//   - random-key: the identity of a write made from time.Now, uuid.New,
//     rand or the like, new on every run, so that a retry writes a second
//     record: the conflict columns of an INSERT with conflict handling (the
//     ON CONFLICT target, or, with no target, the columns named as keys:
//     id, *_id, pk, key), the key attributes of a DynamoDB PutItem with no
//     condition (attributes named id, pk, sk, key, *Id, *_id), an S3
//     PutObject Key, a FIFO MessageDeduplicationId. Other values (a
//     created_at = now() column, a timestamp attribute) are not the
//     identity of the write and are not reported.
//   - fifo-dedup: an SQS SendMessage or SNS Publish to a FIFO queue or
//     topic (a constant URL or ARN ending in .fifo, or a MessageGroupId set)
//     with no MessageDeduplicationId. A queue with content-based
//     deduplication needs none: silence the finding there with
//     //fnlint:ignore idempotenttask content-based deduplication.
//
// A PutItem with no condition whose item is built from the event alone is
// not reported: writing the same item twice leaves the same state.
//
// Writes guarded by an idempotency key are not reported: the function
// passed to fn.RunOnce, a handler wrapped by fn.WithIdempotency and what
// they call, and every write dominated by an if on the result of a Claim
// of an fn.IdempotencyStore (any method returning fn.Claim; testing only
// its error does not count). The guards flag adds functions of your own
// whose result, tested by an if, guards the writes of the branches it
// leads to. Findings are reported with the call path from the handler.
// There are no suggested fixes: adding a conflict clause changes what the
// statement does and needs a unique key to conflict on.
//
// # Examples
//
// A retried SQS record inserts the order twice and counts it twice:
//
//	func handle(ctx context.Context, ev events.SQSEvent) error {
//		for _, m := range ev.Records {
//			_, err := db.ExecContext(ctx, // INSERT INTO orders has no conflict handling and runs again on redelivery ...
//				`INSERT INTO orders (id, body) VALUES ($1, $2)`, uuid.NewString(), m.Body)
//			...
//			_, err = db.ExecContext(ctx, `UPDATE stats SET n = n + 1`) // UPDATE n = n ± … adds again on every delivery ...
//		}
//	}
//
// Key the row by the message and let the database drop the duplicate:
//
//	_, err := db.ExecContext(ctx,
//		`INSERT INTO orders (message_id, body) VALUES ($1, $2) ON CONFLICT (message_id) DO NOTHING`,
//		m.MessageId, m.Body)
//
// # Flags
//
// guards (empty by default) is a comma-separated list of full names of
// functions, such as (*example.com/store.Keys).Seen, that check an
// idempotency key: a write in a branch of an if on their result is
// guarded.
package idempotenttask
