package partialbatch

import (
	"go/types"
)

// eventsPath is the import path of the aws-lambda-go event types.
const eventsPath = "github.com/aws/aws-lambda-go/events"

// A source is an event source whose handlers can report batch item
// failures.
type source struct {
	name     string // for messages: "SQS"
	record   string // the record type: "SQSMessage"
	failure  string // the item failure type: "SQSBatchItemFailure"
	response string // the response that carries failures: "SQSEventResponse"
	// idOwner and idField name the field that identifies a record in an
	// item failure: SQSMessage.MessageId, KinesisRecord.SequenceNumber.
	idOwner, idField string
	// idPath is the selector path from the record to that field, for
	// messages and fixes: "MessageId", "Kinesis.SequenceNumber".
	idPath string
}

// sources lists the event sources with partial batch responses. It is
// never modified.
var sources = []*source{
	{"SQS", "SQSMessage", "SQSBatchItemFailure", "SQSEventResponse", "SQSMessage", "MessageId", "MessageId"},
	{"Kinesis", "KinesisEventRecord", "KinesisBatchItemFailure", "KinesisEventResponse", "KinesisRecord", "SequenceNumber", "Kinesis.SequenceNumber"},
	{"DynamoDB stream", "DynamoDBEventRecord", "DynamoDBBatchItemFailure", "DynamoDBEventResponse", "DynamoDBStreamRecord", "SequenceNumber", "Change.SequenceNumber"},
}

// eventsName returns the name of t, or of what t points to, when it is a
// type of the aws-lambda-go events package.
func eventsName(t types.Type) (string, bool) {
	if p, ok := types.Unalias(t).(*types.Pointer); ok {
		t = p.Elem()
	}
	n, ok := types.Unalias(t).(*types.Named)
	if !ok || n.Obj().Pkg() == nil || n.Obj().Pkg().Path() != eventsPath {
		return "", false
	}
	return n.Obj().Name(), true
}

// recordSource returns the source whose record type is the element type
// of the slice type t: the records of a batch.
func recordSource(t types.Type) *source {
	s, ok := types.Unalias(t).Underlying().(*types.Slice)
	if !ok {
		return nil
	}
	name, ok := eventsName(s.Elem())
	if !ok {
		return nil
	}
	for _, src := range sources {
		if src.record == name {
			return src
		}
	}
	return nil
}

// failureSource returns the source whose item failure type is t.
func failureSource(t types.Type) *source {
	name, ok := eventsName(t)
	if !ok {
		return nil
	}
	for _, src := range sources {
		if src.failure == name {
			return src
		}
	}
	return nil
}

// isFailureSlice reports whether t is a slice of item failures.
func isFailureSlice(t types.Type) bool {
	s, ok := types.Unalias(t).Underlying().(*types.Slice)
	return ok && failureSource(s.Elem()) != nil
}

// isBatchParam reports whether t is an event with records of a source, or
// its records: what a function that processes a batch receives.
func isBatchParam(t types.Type) bool {
	if recordSource(t) != nil {
		return true
	}
	name, ok := eventsName(t)
	if !ok {
		return false
	}
	switch name {
	case "SQSEvent", "KinesisEvent", "DynamoDBEvent", "KinesisTimeWindowEvent", "DynamoDBTimeWindowEvent":
		return true
	}
	return false
}

// isBatchResponse reports whether t is a response carrying item failures.
func isBatchResponse(t types.Type) bool {
	if p, ok := types.Unalias(t).(*types.Pointer); ok {
		t = p.Elem()
	}
	st, ok := types.Unalias(t).Underlying().(*types.Struct)
	if !ok {
		return false
	}
	for f := range st.Fields() {
		if f.Name() == "BatchItemFailures" && isFailureSlice(f.Type()) {
			return true
		}
	}
	return false
}
