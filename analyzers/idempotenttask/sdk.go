package idempotenttask

import (
	"go/types"
	"strings"

	"golang.org/x/tools/go/ssa"

	"github.com/fnlint/fnlint/internal/sqlscan"
)

const sdk = "github.com/aws/aws-sdk-go-v2/service/"

// input returns the argument of call whose type is a pointer to the named
// SDK input type (e.g. "dynamodb.PutItemInput"), or nil. Matching the
// input type, not the method, finds the SDK call behind the interfaces
// code declares to mock the client.
func input(call *ssa.CallCommon, name string) ssa.Value {
	pkg, typ, _ := strings.Cut(name, ".")
	for _, a := range call.Args {
		p, ok := a.Type().(*types.Pointer)
		if !ok {
			continue
		}
		if n, ok := types.Unalias(p.Elem()).(*types.Named); ok && n.Obj().Pkg() != nil &&
			n.Obj().Pkg().Path() == sdk+pkg && n.Obj().Name() == typ {
			return a
		}
	}
	return nil
}

// matchSDK reports an AWS SDK call that is not safe to run twice.
func matchSDK(call *ssa.CallCommon) (string, bool) {
	if in := input(call, "dynamodb.PutItemInput"); in != nil {
		return putItem(in)
	}
	if in := input(call, "dynamodb.UpdateItemInput"); in != nil {
		return updateItem(in)
	}
	if in := input(call, "sqs.SendMessageInput"); in != nil {
		return fifo(in, "SendMessage to a FIFO queue", "QueueUrl")
	}
	if in := input(call, "sns.PublishInput"); in != nil {
		return fifo(in, "Publish to a FIFO topic", "TopicArn")
	}
	if in := input(call, "s3.PutObjectInput"); in != nil {
		f, ok := fields(in)
		if !ok {
			return "", false
		}
		if src := source(f["Key"]); src != "" {
			return what(CategoryRandomKey, "PutObject key comes from "+src+", a new object on every run"), true
		}
	}
	return "", false
}

// putItem reports a PutItem with no condition whose key attributes are
// new on every run: each retry writes another item.
func putItem(in ssa.Value) (string, bool) {
	f, ok := fields(in)
	if !ok || isSet(f["ConditionExpression"]) || isSet(f["Expected"]) {
		return "", false
	}
	for name, v := range mapEntries(f["Item"]) {
		if !isKeyName(name) {
			continue
		}
		if src := source(v); src != "" {
			return what(CategoryRandomKey, "PutItem key "+name+" comes from "+src+", a new item on every run"), true
		}
	}
	return "", false
}

// updateItem reports an UpdateItem with no condition whose update
// expression adds to an attribute: ADD, or SET a = a + :v.
func updateItem(in ssa.Value) (string, bool) {
	f, ok := fields(in)
	if !ok || isSet(f["ConditionExpression"]) || isSet(f["Expected"]) {
		return "", false
	}
	expr, ok := constString(f["UpdateExpression"])
	if !ok {
		return "", false
	}
	if attr := dynamoIncrement(expr); attr != "" {
		return what(CategoryIncrement, "UpdateItem adds to "+attr+" with no ConditionExpression, again on every delivery"), true
	}
	return "", false
}

// dynamoIncrement returns the attribute a DynamoDB update expression adds
// to, or "": "ADD n :one", "SET n = n + :one",
// "SET #n = if_not_exists(#n, :zero) + :one".
func dynamoIncrement(expr string) string {
	// "#name" is one name; sqlscan reads # as an operator.
	var toks []sqlscan.Token
	for _, t := range sqlscan.Significant(sqlscan.Scan(sqlscan.Postgres, expr)) {
		if n := len(toks); n > 0 && toks[n-1].IsOp("#") && t.Kind == sqlscan.Word && toks[n-1].Pos+1 == t.Pos {
			toks[n-1] = sqlscan.Token{Kind: sqlscan.Word, Text: "#" + t.Text, Pos: toks[n-1].Pos}
			continue
		}
		toks = append(toks, t)
	}
	section := ""
	for i, t := range toks {
		switch {
		case t.Is("SET"), t.Is("REMOVE"), t.Is("DELETE"):
			section = strings.ToUpper(t.Text)
		case t.Is("ADD"):
			if i+1 < len(toks) {
				return toks[i+1].Text
			}
		case section == "SET" && t.IsOp("=") && i > 0:
			target := toks[i-1].Text
			for k := i + 1; k < len(toks) && !toks[k].IsOp(","); k++ {
				if toks[k].Text != target {
					continue
				}
				lo, hi := k, k
				if k >= 2 && toks[k-1].IsOp("(") && strings.EqualFold(toks[k-2].Text, "if_not_exists") {
					lo, hi = k-2, k
					for hi < len(toks) && !toks[hi].IsOp(")") {
						hi++
					}
				}
				if lo > i+1 && isPlusMinus(toks[lo-1]) || hi+1 < len(toks) && isPlusMinus(toks[hi+1]) {
					return target
				}
			}
		}
	}
	return ""
}

func isPlusMinus(t sqlscan.Token) bool { return t.IsOp("+") || t.IsOp("-") }

// fifo reports a send to a FIFO queue or topic (a constant URL or ARN
// ending in .fifo, or a MessageGroupId set) with no deduplication id, or
// with one new on every run.
func fifo(in ssa.Value, op, dest string) (string, bool) {
	f, ok := fields(in)
	if !ok {
		return "", false
	}
	url, _ := constString(f[dest])
	if !strings.HasSuffix(url, ".fifo") && !isSet(f["MessageGroupId"]) {
		return "", false
	}
	dedup := f["MessageDeduplicationId"]
	if !isSet(dedup) {
		return what(CategoryFIFO, op+" has no MessageDeduplicationId"), true
	}
	if src := source(dedup); src != "" {
		return what(CategoryRandomKey, op+": MessageDeduplicationId comes from "+src+", new on every run"), true
	}
	return "", false
}
