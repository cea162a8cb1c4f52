// Package partialbatch defines an Analyzer that reports SQS, Kinesis and
// DynamoDB stream handlers that fail, acknowledge or drop a whole batch
// for what happened to one record.
//
// # Analyzer partialbatch
//
// partialbatch: report batch handlers that fail or drop the whole batch for one record
//
// Lambda delivers SQS messages and Kinesis and DynamoDB stream records in
// batches. When the handler returns an error, the whole batch counts as
// failed: SQS delivers every message of it again, and a stream retries the
// batch from its first record, so records that were processed are
// processed again and one bad record blocks its shard. With
// ReportBatchItemFailures enabled on the event source mapping, the handler
// instead returns events.SQSEventResponse, events.KinesisEventResponse or
// events.DynamoDBEventResponse listing the records that failed, and only
// those are retried.
//
// In every function that processes records (a handler, what it calls, and
// functions receiving a batch event or its records; _test.go files aside),
// partialbatch looks at the range loops over the records and reports:
//
//   - wholebatch: an error returned from inside the record loop. The error
//     may come from a helper (return process(ctx, record)): the decision to
//     fail the batch is taken in the loop. Returning ctx.Err() when the
//     deadline is near is not reported: the invocation times out and fails
//     as a whole anyway.
//   - earlyreturn: a success returned from inside the record loop (a filter
//     written with return instead of continue): the records after it are
//     acknowledged without being processed. A return after the loop has
//     appended item failures (on a FIFO queue, the failed message and every
//     message after it) is the documented pattern and is not reported.
//   - dropped: an error from a call on the record that is only logged
//     before going on with the next record: the record is neither retried
//     nor sent to the dead-letter queue. Errors of decoding and parsing
//     (encoding/json, strconv, time, net/mail, net/url, google/uuid,
//     attributevalue...) are not reported: a record that cannot be
//     decoded fails the same way on every delivery, and dropping it after
//     logging is a choice the check leaves to you. Handlers that do anything
//     but log (count the failure, send it elsewhere) are not reported. The
//     error of a call on the record thrown away (save(ctx, r) as a
//     statement, _ = save(ctx, r)) is dropped too, and reported; not that
//     of a log call, a decoder, a Close, or a write to a strings.Builder,
//     a bytes.Buffer or through fmt.Fprint.
//   - itemid: an item failure identified by the wrong field of the record.
//     SQS identifies items by SQSMessage.MessageId; Kinesis by
//     KinesisRecord.SequenceNumber (record.Kinesis.SequenceNumber), and
//     DynamoDB streams by DynamoDBStreamRecord.SequenceNumber
//     (record.Change.SequenceNumber), not by EventID. Lambda cannot match
//     another value to a record. The suggested fix replaces the field.
//
// A handler that deliberately fails the whole batch after processing every
// record (collecting the errors and returning them after the loop) is not
// reported: every record was attempted, and failing the batch is a choice
// (a stream that must not move past a failure, a batch size of one).
//
// Moving to partial batch responses changes the handler's signature and
// needs ReportBatchItemFailures on the event source mapping, so there is no
// suggested fix for the first three findings.
//
// # Examples
//
// This handler makes SQS deliver all ten messages again when one fails:
//
//	func handle(ctx context.Context, ev events.SQSEvent) error {
//		for _, msg := range ev.Records {
//			if err := process(ctx, msg); err != nil {
//				return err // an error returned for one record makes Lambda redeliver the whole batch
//			}
//		}
//		return nil
//	}
//
// Report the failed messages instead:
//
//	func handle(ctx context.Context, ev events.SQSEvent) (events.SQSEventResponse, error) {
//		var resp events.SQSEventResponse
//		for _, msg := range ev.Records {
//			if err := process(ctx, msg); err != nil {
//				slog.ErrorContext(ctx, "message failed", "messageId", msg.MessageId, "error", err)
//				resp.BatchItemFailures = append(resp.BatchItemFailures,
//					events.SQSBatchItemFailure{ItemIdentifier: msg.MessageId})
//			}
//		}
//		return resp, nil
//	}
//
// For a stream, identify the record by its sequence number:
//
//	events.KinesisBatchItemFailure{ItemIdentifier: record.Kinesis.SequenceNumber}
package partialbatch
