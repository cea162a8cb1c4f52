package partialbatch

import (
	"go/ast"
	"go/types"

	"golang.org/x/tools/go/analysis"
)

// checkItemIDs reports item failures identified by a field of a record
// other than the one the event source expects: SQS takes the message id,
// Kinesis and DynamoDB streams the sequence number.
func checkItemIDs(pass *analysis.Pass) {
	for _, file := range pass.Files {
		ast.Inspect(file, func(n ast.Node) bool {
			switch n := n.(type) {
			case *ast.CompositeLit:
				src := failureSource(pass.TypesInfo.TypeOf(n))
				if src == nil {
					return true
				}
				for _, elt := range n.Elts {
					if kv, ok := elt.(*ast.KeyValueExpr); ok {
						if key, ok := kv.Key.(*ast.Ident); ok && key.Name == "ItemIdentifier" {
							checkItemID(pass, src, kv.Value)
						}
					} else if len(n.Elts) == 1 {
						checkItemID(pass, src, elt)
					}
				}
			case *ast.AssignStmt:
				for i, lhs := range n.Lhs {
					sel, ok := ast.Unparen(lhs).(*ast.SelectorExpr)
					if !ok || sel.Sel.Name != "ItemIdentifier" || len(n.Rhs) != len(n.Lhs) {
						continue
					}
					if src := failureSource(pass.TypesInfo.TypeOf(sel.X)); src != nil {
						checkItemID(pass, src, n.Rhs[i])
					}
				}
			}
			return true
		})
	}
}

// recordTypes are the types of the events package whose fields describe a
// record of a batch.
var recordTypes = map[string]bool{
	"SQSMessage":           true,
	"KinesisEventRecord":   true,
	"KinesisRecord":        true,
	"DynamoDBEventRecord":  true,
	"DynamoDBStreamRecord": true,
}

// checkItemID reports value, the identifier of an item failure of src,
// when it is a field of a record other than the one src expects.
func checkItemID(pass *analysis.Pass, src *source, value ast.Expr) {
	sel, ok := ast.Unparen(value).(*ast.SelectorExpr)
	if !ok {
		return
	}
	selection := pass.TypesInfo.Selections[sel]
	if selection == nil || selection.Kind() != types.FieldVal {
		return
	}
	owner := fieldOwner(selection)
	if !recordTypes[owner] {
		return // not a field of a record: an id the code computed
	}
	field := selection.Obj()
	if owner == src.idOwner && field.Name() == src.idField {
		return
	}
	d := analysis.Diagnostic{
		Pos:      sel.Pos(),
		End:      sel.End(),
		Category: CategoryItemID,
		Message: src.name + " item failures are identified by " + src.idOwner + "." + src.idField +
			", not " + owner + "." + field.Name() + "; Lambda cannot match this id to a record",
	}
	if repl := idSelector(pass.TypesInfo, src, sel.X); repl != "" {
		d.SuggestedFixes = []analysis.SuggestedFix{{
			Message:   "Identify the item by " + src.idOwner + "." + src.idField,
			TextEdits: []analysis.TextEdit{{Pos: sel.Sel.Pos(), End: sel.End(), NewText: []byte(repl)}},
		}}
	}
	pass.Report(d)
}

// fieldOwner returns the name of the events type that declares the field
// of a selection, or "".
func fieldOwner(sel *types.Selection) string {
	t := sel.Recv()
	idx := sel.Index()
	for i, k := range idx {
		if p, ok := types.Unalias(t).(*types.Pointer); ok {
			t = p.Elem()
		}
		if i == len(idx)-1 {
			break
		}
		st, ok := types.Unalias(t).Underlying().(*types.Struct)
		if !ok {
			return ""
		}
		t = st.Field(k).Type()
	}
	name, _ := eventsName(t)
	return name
}

// idSelector returns the selector path, from x, of the field that
// identifies an item of src, when x is a record of src or its stream
// record; "" otherwise.
func idSelector(info *types.Info, src *source, x ast.Expr) string {
	name, ok := eventsName(info.TypeOf(x))
	if !ok {
		return ""
	}
	switch name {
	case src.record:
		return src.idPath
	case src.idOwner:
		return src.idField
	}
	return ""
}
