package idempotenttask

import (
	"go/constant"
	"go/types"
	"strings"

	"golang.org/x/tools/go/ssa"

	"github.com/fnlint/fnlint/internal/sqlscan/sqlssa"
)

// fields returns the values stored into the fields of the struct that v
// (a pointer from &T{...} or new(T)) points to, by field name; ok is false
// when v is not such a local allocation and its fields cannot be known.
func fields(v ssa.Value) (map[string]ssa.Value, bool) {
	alloc, ok := v.(*ssa.Alloc)
	if !ok {
		return nil, false
	}
	st, ok := alloc.Type().(*types.Pointer).Elem().Underlying().(*types.Struct)
	if !ok {
		return nil, false
	}
	out := make(map[string]ssa.Value)
	for _, ref := range *alloc.Referrers() {
		fa, ok := ref.(*ssa.FieldAddr)
		if !ok || fa.X != alloc {
			continue
		}
		for _, r := range *fa.Referrers() {
			if s, ok := r.(*ssa.Store); ok && s.Addr == fa {
				out[st.Field(fa.Field).Name()] = s.Val
			}
		}
	}
	return out, true
}

// isSet reports whether a pointer field was given a value that is not nil.
func isSet(v ssa.Value) bool {
	if v == nil {
		return false
	}
	c, ok := v.(*ssa.Const)
	return !ok || !c.IsNil()
}

// constString returns the constant string behind v, looking through
// aws.String and the like (a function taking a string and returning a
// pointer to it) and &s of a local.
func constString(v ssa.Value) (string, bool) {
	for range 4 {
		switch x := v.(type) {
		case *ssa.Const:
			if x.Value != nil && x.Value.Kind() == constant.String {
				return constant.StringVal(x.Value), true
			}
			return "", false
		case *ssa.Call:
			if len(x.Call.Args) != 1 {
				return "", false
			}
			v = x.Call.Args[0]
		case *ssa.MakeInterface:
			v = x.X
		default:
			return "", false
		}
	}
	return "", false
}

// nondetSources are the functions whose results differ on every run.
var nondetSources = map[string]string{
	"time.Now":                              "time.Now",
	"github.com/google/uuid.New":            "uuid.New",
	"github.com/google/uuid.NewString":      "uuid.NewString",
	"github.com/google/uuid.NewRandom":      "uuid.NewRandom",
	"github.com/google/uuid.NewV7":          "uuid.NewV7",
	"github.com/google/uuid.NewUUID":        "uuid.NewUUID",
	"crypto/rand.Text":                      "rand.Text",
	"(*math/rand.Rand).Int63":               "rand",
	"(*math/rand/v2.Rand).Int64":            "rand",
	"github.com/gofrs/uuid.NewV4":           "uuid.NewV4",
	"github.com/oklog/ulid/v2.Make":         "ulid.Make",
	"github.com/segmentio/ksuid.New":        "ksuid.New",
	"github.com/rs/xid.New":                 "xid.New",
	"github.com/google/uuid.MustParse":      "",
	"github.com/google/uuid.Must":           "",
	"github.com/aws/aws-sdk-go-v2/aws.Time": "",
}

// source names the call that makes v differ on every run (time.Now,
// uuid.New, rand), following v through conversions, formatting, calls
// taking it and values stored into what it points to; "" when there is
// none.
func source(v ssa.Value) string {
	return (&tracer{seen: make(map[ssa.Value]bool)}).trace(v, 0)
}

type tracer struct{ seen map[ssa.Value]bool }

func (t *tracer) trace(v ssa.Value, depth int) string {
	if v == nil || depth > 24 || t.seen[v] {
		return ""
	}
	t.seen[v] = true
	var next []ssa.Value
	switch x := v.(type) {
	case *ssa.Call:
		if fn := x.Call.StaticCallee(); fn != nil {
			name := fn.String()
			if src, ok := nondetSources[name]; ok && src != "" {
				return src
			}
			if strings.HasPrefix(name, "math/rand.") || strings.HasPrefix(name, "math/rand/v2.") {
				return "rand"
			}
		}
		if fn := sqlssa.Callee(&x.Call); fn != nil {
			if pkg, _ := sqlssa.Recv(fn); pkg == "math/rand" || pkg == "math/rand/v2" {
				return "rand"
			}
		}
		next = append(next, x.Call.Args...)
		if x.Call.IsInvoke() {
			next = append(next, x.Call.Value)
		}
	case *ssa.BinOp:
		next = append(next, x.X, x.Y)
	case *ssa.UnOp:
		next = append(next, x.X)
	case *ssa.Convert:
		next = append(next, x.X)
	case *ssa.ChangeType:
		next = append(next, x.X)
	case *ssa.MakeInterface:
		next = append(next, x.X)
	case *ssa.Slice:
		next = append(next, x.X)
	case *ssa.Extract:
		next = append(next, x.Tuple)
	case *ssa.Field:
		next = append(next, x.X)
	case *ssa.Index:
		next = append(next, x.X)
	case *ssa.TypeAssert:
		next = append(next, x.X)
	case *ssa.Phi:
		next = append(next, x.Edges...)
	case *ssa.Alloc, *ssa.FieldAddr, *ssa.IndexAddr, *ssa.MakeMap, *ssa.MakeSlice:
		next = append(next, stored(v)...)
	}
	for _, n := range next {
		if src := t.trace(n, depth+1); src != "" {
			return src
		}
	}
	return ""
}

// stored returns the values stored into what the pointer, map or slice v
// refers to: stores through it and its field and element addresses, and
// map updates.
func stored(v ssa.Value) []ssa.Value {
	var out []ssa.Value
	refs := v.Referrers()
	if refs == nil {
		return nil
	}
	for _, ref := range *refs {
		switch r := ref.(type) {
		case *ssa.Store:
			if r.Addr == v {
				out = append(out, r.Val)
			}
		case *ssa.FieldAddr:
			out = append(out, r)
		case *ssa.IndexAddr:
			out = append(out, r)
		case *ssa.MapUpdate:
			if r.Map == v {
				out = append(out, r.Value)
			}
		}
	}
	return out
}

// mapEntries returns the constant keys and values of the updates of a map
// made in the function, nil when v is not a local map.
func mapEntries(v ssa.Value) map[string]ssa.Value {
	for {
		switch x := v.(type) {
		case *ssa.MakeMap:
			out := make(map[string]ssa.Value)
			for _, ref := range *x.Referrers() {
				if u, ok := ref.(*ssa.MapUpdate); ok && u.Map == x {
					if k, ok := constString(u.Key); ok {
						out[k] = u.Value
					}
				}
			}
			return out
		case *ssa.ChangeType:
			v = x.X
		default:
			return nil
		}
	}
}

// isKeyName reports whether an attribute or column name reads as the
// identity of a record: id, pk, sk, key, or ending in id or key.
func isKeyName(name string) bool {
	n := strings.ToLower(strings.TrimLeft(name, "#"))
	switch n {
	case "id", "pk", "sk", "key", "uuid":
		return true
	}
	return strings.HasSuffix(n, "_id") || strings.HasSuffix(n, "id") && len(n) > 2 && name[len(name)-2] == 'I' ||
		strings.HasSuffix(n, "_key") || strings.HasSuffix(n, "key") && len(n) > 3 && name[len(name)-3] == 'K'
}
