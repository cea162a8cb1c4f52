// Package batchops defines an Analyzer that reports one call per item in a
// loop where a batch API exists.
//
// # Analyzer batchops
//
// batchops: report one call per item in a loop where a batch API exists
//
// A handler that writes the records of an event one by one makes a round
// trip per record: an SQS batch of 10 becomes 10 PutItem calls, a Kinesis
// batch of 500 becomes 500 INSERTs. The time is billed, the handler nears
// its timeout on large batches, and throttling hits sooner. The batchops
// check reports, in invocation scope, calls made in the body of a range
// loop (over a slice, array, string, map or iterator: the records of an
// event or any other collection) that have a batch counterpart:
//
//   - sql: a database/sql, sqlx or pgx call running one INSERT (read with
//     a SQL tokenizer): use a multi-row INSERT, pgx.Batch or CopyFrom;
//   - sdk: DynamoDB PutItem and DeleteItem (BatchWriteItem), GetItem
//     (BatchGetItem); SQS SendMessage (SendMessageBatch), DeleteMessage
//     (DeleteMessageBatch); SNS Publish (PublishBatch); Kinesis PutRecord
//     (PutRecords); S3 DeleteObject (DeleteObjects). Calls are matched by
//     their SDK input type, so calls through an interface that wraps the
//     client are found too.
//
// A helper called in the loop that makes such a call, in this package or
// another one (through facts), is reported at the call in the loop, with
// the path. Not reported: queries queued in a pgx.Batch; a prepared
// statement run per row (database/sql's own recommendation for bulk
// inserts inside a transaction); other statements than INSERT (an UPDATE
// per row has no general batch form); three-clause for loops and ranges
// over an integer, which are more often retries, polling and fixed counts
// than loops over records; loops over the Records of an SNS, S3 or SES
// event, which carry one record per invocation.
//
// # Examples
//
//	for _, r := range ev.Records {
//		_, err := client.PutItem(ctx, &dynamodb.PutItemInput{...}) // PutItem runs once per item of a loop (handle); use BatchWriteItem
//	}
//
// Collect the writes and send them 25 at a time:
//
//	reqs := make([]types.WriteRequest, 0, len(ev.Records))
//	for _, r := range ev.Records {
//		reqs = append(reqs, types.WriteRequest{PutRequest: &types.PutRequest{Item: item(r)}})
//	}
//	for chunk := range slices.Chunk(reqs, 25) {
//		_, err := client.BatchWriteItem(ctx, &dynamodb.BatchWriteItemInput{
//			RequestItems: map[string][]types.WriteRequest{table: chunk},
//		})
//		...
//	}
package batchops
