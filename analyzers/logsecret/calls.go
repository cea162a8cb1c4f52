package logsecret

import (
	"go/types"

	"golang.org/x/tools/go/ssa"

	"github.com/fnlint/fnlint/internal/secret"
)

// logFuncs are the logging functions and methods, by full name, with the
// index of their first logged parameter (receiver excluded); every
// parameter from there on, variadic elements included, is logged. It is
// filled in init and never modified afterwards.
var logFuncs = map[string]int{}

// fieldFuncs build a structured-logging field or attribute from a value:
// their value parameter is logged when the field is. The index is the
// value parameter.
var fieldFuncs = map[string]int{}

func init() {
	printf := []string{"Print", "Printf", "Println", "Fatal", "Fatalf", "Fatalln", "Panic", "Panicf", "Panicln"}
	for _, n := range printf {
		logFuncs["log."+n] = 0
		logFuncs["(*log.Logger)."+n] = 0
	}
	for _, n := range []string{"Print", "Printf", "Println"} {
		logFuncs["fmt."+n] = 0
	}
	for _, lvl := range []string{"Debug", "Info", "Warn", "Error"} {
		logFuncs["log/slog."+lvl] = 0
		logFuncs["log/slog."+lvl+"Context"] = 1
		logFuncs["(*log/slog.Logger)."+lvl] = 0
		logFuncs["(*log/slog.Logger)."+lvl+"Context"] = 1
	}
	logFuncs["log/slog.Log"] = 2
	logFuncs["(*log/slog.Logger).Log"] = 2
	logFuncs["(*log/slog.Logger).With"] = 0
	for _, n := range []string{"String", "Any", "Group"} {
		fieldFuncs["log/slog."+n] = 1
	}
	fieldFuncs["log/slog.StringValue"] = 0
	fieldFuncs["log/slog.AnyValue"] = 0

	const zap = "go.uber.org/zap"
	for _, lvl := range []string{"Debug", "Info", "Warn", "Error", "DPanic", "Panic", "Fatal"} {
		logFuncs["(*"+zap+".Logger)."+lvl] = 0
		for _, suffix := range []string{"", "f", "w", "ln"} {
			logFuncs["(*"+zap+".SugaredLogger)."+lvl+suffix] = 0
		}
	}
	logFuncs["(*"+zap+".Logger).With"] = 0
	logFuncs["(*"+zap+".SugaredLogger).With"] = 0
	for _, n := range []string{"String", "Any", "Reflect", "Stringer", "ByteString", "Strings", "Binary"} {
		fieldFuncs[zap+"."+n] = 1
	}

	const logrus = "github.com/sirupsen/logrus"
	for _, lvl := range []string{"Trace", "Debug", "Info", "Print", "Warn", "Warning", "Error", "Fatal", "Panic"} {
		for _, suffix := range []string{"", "f", "ln"} {
			logFuncs[logrus+"."+lvl+suffix] = 0
			logFuncs["(*"+logrus+".Logger)."+lvl+suffix] = 0
			logFuncs["(*"+logrus+".Entry)."+lvl+suffix] = 0
		}
	}
	for _, recv := range []string{logrus + ".", "(*" + logrus + ".Logger).", "(*" + logrus + ".Entry)."} {
		logFuncs[recv+"WithField"] = 1
		logFuncs[recv+"WithFields"] = 0
	}

	const zerolog = "github.com/rs/zerolog"
	for _, n := range []string{"Str", "Strs", "Interface", "Any", "Bytes", "RawJSON", "Stringer"} {
		logFuncs["(*"+zerolog+".Event)."+n] = 1
	}
	logFuncs["(*"+zerolog+".Event).Fields"] = 0
	logFuncs["("+zerolog+".Context).Str"] = 1
	logFuncs["("+zerolog+".Context).Interface"] = 1
	logFuncs["(*"+zerolog+".Event).Msg"] = 0
	logFuncs["(*"+zerolog+".Event).Msgf"] = 0
	logFuncs["(*"+zerolog+".Logger).Print"] = 0
	logFuncs["(*"+zerolog+".Logger).Printf"] = 0
	logFuncs[zerolog+"/log.Print"] = 0
	logFuncs[zerolog+"/log.Printf"] = 0
}

// logged returns the values a call logs, with the name of the logging
// function, or false when it does not log.
func logged(c *secret.Call) (string, []ssa.Value, bool) {
	name := c.Name()
	first, ok := logFuncs[name]
	if !ok {
		switch name {
		case "fmt.Fprint", "fmt.Fprintf", "fmt.Fprintln":
			if !isStdStream(c.Arg(0)) {
				return "", nil, false
			}
			first, ok = 1, true
		default:
			return "", nil, false
		}
	}
	var vals []ssa.Value
	for i := first; i < len(c.Args); i++ {
		if c.Func.Signature().Variadic() && i == len(c.Args)-1 {
			vals = append(vals, elements(c.Args[i])...)
			continue
		}
		vals = append(vals, c.Args[i])
	}
	return shortName(c), vals, true
}

// shortName is the name of a logging call for messages: "log.Printf",
// "slog.Info", "(*zap.Logger).Info".
func shortName(c *secret.Call) string {
	f := c.Func
	recv := f.Signature().Recv()
	if recv == nil {
		return f.Pkg().Name() + "." + f.Name()
	}
	t, ptr := recv.Type(), ""
	if p, ok := t.(*types.Pointer); ok {
		t, ptr = p.Elem(), "*"
	}
	if n, ok := types.Unalias(t).(*types.Named); ok && n.Obj().Pkg() != nil {
		return "(" + ptr + n.Obj().Pkg().Name() + "." + n.Obj().Name() + ")." + f.Name()
	}
	return f.Name()
}

// isStdStream reports whether v is os.Stdout or os.Stderr, where Lambda
// and Cloud Functions send logs.
func isStdStream(v ssa.Value) bool {
	if mi, ok := v.(*ssa.MakeInterface); ok {
		v = mi.X
	}
	u, ok := v.(*ssa.UnOp)
	if !ok {
		return false
	}
	g, ok := u.X.(*ssa.Global)
	return ok && g.Pkg != nil && g.Pkg.Pkg.Path() == "os" && (g.Name() == "Stdout" || g.Name() == "Stderr")
}

// elements returns the values of a variadic argument: the elements stored
// in its slice, or the values of a map literal (logrus.Fields).
func elements(v ssa.Value) []ssa.Value {
	switch v := v.(type) {
	case *ssa.Slice:
		alloc, ok := v.X.(*ssa.Alloc)
		if !ok {
			return nil
		}
		var vals []ssa.Value
		for _, r := range *alloc.Referrers() {
			ia, ok := r.(*ssa.IndexAddr)
			if !ok {
				continue
			}
			for _, rr := range *ia.Referrers() {
				if s, ok := rr.(*ssa.Store); ok && s.Addr == ia {
					vals = append(vals, s.Val)
				}
			}
		}
		return vals
	case *ssa.Const:
		return nil
	}
	return []ssa.Value{v}
}
