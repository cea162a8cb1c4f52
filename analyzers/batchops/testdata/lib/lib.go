// Package lib saves one record per call.
package lib

import (
	"context"

	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/service/kinesis"
)

// Forwarder forwards records to a stream.
type Forwarder struct{ K *kinesis.Client }

// Forward puts one record.
func (f *Forwarder) Forward(ctx context.Context, data []byte) error { // want Forward:`op\(PutRecord`
	_, err := f.K.PutRecord(ctx, &kinesis.PutRecordInput{Data: data, StreamName: aws.String("s")})
	return err
}
