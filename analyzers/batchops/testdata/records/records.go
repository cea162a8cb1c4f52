// Command records writes the records of an SQS batch one call at a time.
package main

import (
	"context"
	"database/sql"

	"github.com/aws/aws-lambda-go/events"
	"github.com/aws/aws-lambda-go/lambda"
	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/service/dynamodb"
	"github.com/aws/aws-sdk-go-v2/service/sns"
	"github.com/jackc/pgx/v5/pgxpool"
)

var (
	db     *sql.DB
	pool   *pgxpool.Pool
	ddb    *dynamodb.Client
	topics *sns.Client
)

func handle(ctx context.Context, ev events.SQSEvent) error {
	for _, m := range ev.Records {
		if _, err := ddb.PutItem(ctx, &dynamodb.PutItemInput{TableName: aws.String("t")}); err != nil { // want `PutItem runs once per item of a loop \(handle\); use BatchWriteItem`
			return err
		}
		if _, err := pool.Exec(ctx, `INSERT INTO orders (id, body) VALUES ($1, $2)`, m.MessageId, m.Body); err != nil { // want `INSERT INTO orders runs once per item of a loop \(handle\); queue the rows in a pgx.Batch or use CopyFrom`
			return err
		}
		if _, err := db.ExecContext(ctx, "insert into audit (id) values (?)", m.MessageId); err != nil { // want `INSERT INTO audit runs once per item of a loop \(handle\); insert the rows with one multi-row INSERT`
			return err
		}
		func() {
			_, _ = topics.Publish(ctx, &sns.PublishInput{Message: aws.String(m.Body)}) // not in the loop's function: a closure called in it is not followed
		}()
	}
	for k := range ev.Records[0].MessageAttributes {
		_, _ = ddb.GetItem(ctx, &dynamodb.GetItemInput{TableName: aws.String(k)}) // want `GetItem runs once per item of a loop \(handle\); use BatchGetItem`
	}
	return nil
}

func main() { lambda.Start(handle) }
