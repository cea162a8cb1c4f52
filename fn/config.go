package fn

import (
	"encoding"
	"errors"
	"fmt"
	"os"
	"reflect"
	"strconv"
	"strings"
	"time"
)

// LoadEnv fills the struct that dst points to from environment variables,
// once per cold start (in main, or in init). Fields name their variable
// with an `env` tag; `env:"NAME,required"` makes it required and a
// `default` tag gives a value for unset variables. A variable set to ""
// counts as unset.
//
//	var cfg struct {
//		DatabaseURL string        `env:"DATABASE_URL,required"`
//		JWTSecret   string        `env:"JWT_SECRET,required"`
//		Timeout     time.Duration `env:"TIMEOUT" default:"5s"`
//	}
//	if err := fn.LoadEnv(&cfg); err != nil { ... }
//
// Supported field types are strings, booleans, integers, floats,
// time.Duration, []string (comma-separated) and encoding.TextUnmarshaler;
// untagged struct fields are filled recursively. Every missing or invalid
// variable is reported at once in an [*EnvError], which never contains
// values.
func LoadEnv(dst any) error {
	return LoadEnvFrom(os.LookupEnv, dst)
}

// LoadEnvFrom is [LoadEnv] with another source of variables.
func LoadEnvFrom(lookup func(name string) (string, bool), dst any) error {
	v := reflect.ValueOf(dst)
	if v.Kind() != reflect.Pointer || v.IsNil() || v.Elem().Kind() != reflect.Struct {
		return errors.New("load environment: want a pointer to a struct")
	}
	e := &EnvError{}
	if err := loadStruct(lookup, v.Elem(), e); err != nil {
		return fmt.Errorf("load environment: %w", err)
	}
	if len(e.Missing) > 0 || len(e.Invalid) > 0 {
		return e
	}
	return nil
}

// An EnvError lists every required variable that is missing and every
// variable whose value does not parse.
type EnvError struct {
	// Missing names the required variables that are unset or empty.
	Missing []string
	// Invalid describes the variables that do not parse, as
	// "PORT: want an integer".
	Invalid []string
}

// Error lists the missing and invalid variables, without their values.
func (e *EnvError) Error() string {
	var parts []string
	if len(e.Missing) > 0 {
		parts = append(parts, "missing required environment variables: "+strings.Join(e.Missing, ", "))
	}
	if len(e.Invalid) > 0 {
		parts = append(parts, "invalid environment variables: "+strings.Join(e.Invalid, "; "))
	}
	return strings.Join(parts, "; ")
}

var textUnmarshaler = reflect.TypeFor[encoding.TextUnmarshaler]()

func loadStruct(lookup func(string) (string, bool), v reflect.Value, e *EnvError) error {
	t := v.Type()
	for i := range t.NumField() {
		f := t.Field(i)
		tag, tagged := f.Tag.Lookup("env")
		if !tagged {
			if f.Type.Kind() == reflect.Struct && f.IsExported() {
				if err := loadStruct(lookup, v.Field(i), e); err != nil {
					return err
				}
			}
			continue
		}
		if !f.IsExported() {
			return fmt.Errorf("field %s: unexported field with an env tag", f.Name)
		}
		name, opts, _ := strings.Cut(tag, ",")
		required := opts == "required"
		if name == "" || (opts != "" && !required) {
			return fmt.Errorf("field %s: bad env tag %q", f.Name, tag)
		}
		s, ok := lookup(name)
		if !ok || s == "" {
			if s, ok = f.Tag.Lookup("default"); !ok {
				if required {
					e.Missing = append(e.Missing, name)
				}
				continue
			}
		}
		msg, err := setField(v.Field(i), s)
		if err != nil {
			return fmt.Errorf("field %s: %w", f.Name, err)
		}
		if msg != "" {
			e.Invalid = append(e.Invalid, name+": "+msg)
		}
	}
	return nil
}

// setField parses s into v. It returns a message for a value that does not
// parse, and an error for a field type it does not support.
func setField(v reflect.Value, s string) (string, error) {
	if v.CanAddr() && v.Addr().Type().Implements(textUnmarshaler) {
		if err := v.Addr().Interface().(encoding.TextUnmarshaler).UnmarshalText([]byte(s)); err != nil {
			return "want a valid " + v.Type().String(), nil
		}
		return "", nil
	}
	if v.Type() == reflect.TypeFor[time.Duration]() {
		d, err := time.ParseDuration(s)
		if err != nil {
			return "want a duration such as 5s or 1m30s", nil
		}
		v.SetInt(int64(d))
		return "", nil
	}
	switch v.Kind() {
	case reflect.String:
		v.SetString(s)
	case reflect.Bool:
		b, err := strconv.ParseBool(s)
		if err != nil {
			return "want true or false", nil
		}
		v.SetBool(b)
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		n, err := strconv.ParseInt(s, 10, v.Type().Bits())
		if err != nil {
			return "want an integer", nil
		}
		v.SetInt(n)
	case reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64:
		n, err := strconv.ParseUint(s, 10, v.Type().Bits())
		if err != nil {
			return "want a non-negative integer", nil
		}
		v.SetUint(n)
	case reflect.Float32, reflect.Float64:
		n, err := strconv.ParseFloat(s, v.Type().Bits())
		if err != nil {
			return "want a number", nil
		}
		v.SetFloat(n)
	case reflect.Slice:
		if v.Type().Elem().Kind() != reflect.String {
			return "", fmt.Errorf("unsupported type %s", v.Type())
		}
		var items []string
		for item := range strings.SplitSeq(s, ",") {
			if item = strings.TrimSpace(item); item != "" {
				items = append(items, item)
			}
		}
		v.Set(reflect.ValueOf(items).Convert(v.Type()))
	default:
		return "", fmt.Errorf("unsupported type %s", v.Type())
	}
	return "", nil
}
