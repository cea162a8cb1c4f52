// Command negatives makes per-item-looking calls that are fine.
package main

import (
	"context"
	"database/sql"
	"time"

	"github.com/aws/aws-lambda-go/events"
	"github.com/aws/aws-lambda-go/lambda"
	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/service/dynamodb"
	"github.com/aws/aws-sdk-go-v2/service/sqs"
	"github.com/jackc/pgx/v5"
)

var (
	db    *sql.DB
	conn  *pgx.Conn
	ddb   *dynamodb.Client
	queue *sqs.Client
)

func handle(ctx context.Context, ev events.SQSEvent) error {
	// A pgx.Batch: queued, sent once.
	b := &pgx.Batch{}
	for _, m := range ev.Records {
		b.Queue(`INSERT INTO orders (id) VALUES ($1)`, m.MessageId)
	}
	if err := conn.SendBatch(ctx, b).Close(); err != nil {
		return err
	}
	// A prepared statement in a transaction: database/sql's bulk insert.
	tx, err := db.BeginTx(ctx, nil)
	if err != nil {
		return err
	}
	stmt, err := tx.PrepareContext(ctx, `INSERT INTO audit (id) VALUES ($1)`)
	if err != nil {
		return err
	}
	for _, m := range ev.Records {
		if _, err := stmt.ExecContext(ctx, m.MessageId); err != nil {
			return err
		}
	}
	// An UPDATE per row has no general batch form.
	for _, m := range ev.Records {
		if _, err := db.ExecContext(ctx, `UPDATE orders SET state = 'done' WHERE id = $1`, m.MessageId); err != nil {
			return err
		}
	}
	// A retry loop calls once per attempt, not per item.
	for attempt := 0; attempt < 3; attempt++ {
		if _, err := ddb.PutItem(ctx, &dynamodb.PutItemInput{TableName: aws.String("t")}); err == nil {
			break
		}
		time.Sleep(time.Second)
	}
	// One call after the loop.
	entries := make([]string, 0, len(ev.Records))
	for _, m := range ev.Records {
		entries = append(entries, m.Body)
	}
	_, err = queue.SendMessage(ctx, &sqs.SendMessageInput{MessageBody: aws.String(entries[0])})
	if err != nil {
		return err
	}
	return tx.Commit()
}

// init fills a table once per cold start.
func init() {
	for _, id := range []string{"a", "b"} {
		_, _ = ddb.PutItem(context.Background(), &dynamodb.PutItemInput{TableName: aws.String(id)})
	}
}

// notify answers an SNS notification: SNS invokes with one record, so the
// loop over Records runs once (rsturla/dmarc-monitor, on SES).
func notify(ctx context.Context, ev events.SNSEvent) error {
	for _, r := range ev.Records {
		if _, err := queue.SendMessage(ctx, &sqs.SendMessageInput{QueueUrl: aws.String("q"), MessageBody: aws.String(r.SNS.Message)}); err != nil {
			return err
		}
	}
	return nil
}

// uploaded handles an S3 notification, one record per invocation.
func uploaded(ctx context.Context, ev *events.S3Event) error {
	for _, r := range ev.Records {
		if _, err := ddb.PutItem(ctx, &dynamodb.PutItemInput{TableName: aws.String(r.S3.Bucket.Name)}); err != nil {
			return err
		}
	}
	return nil
}

func main() {
	lambda.Start(handle)
	lambda.Start(notify)
	lambda.Start(uploaded)
}
