package gorm

import (
	"context"
	"reflect"
	"strings"
	"sync"
)

// Statement statement
type Statement struct {
	*DB
	Table                string
	Model                interface{}
	Unscoped             bool
	Dest                 interface{}
	ReflectValue         reflect.Value
	BuildClauses         []string
	Distinct             bool
	Selects              []string
	Omits                []string
	ColumnMapping        map[string]string
	Preloads             map[string][]interface{}
	Settings             sync.Map
	ConnPool             ConnPool
	Context              context.Context
	RaiseErrorOnNotFound bool
	SkipHooks            bool
	SQL                  strings.Builder
	Vars                 []interface{}
	CurDestIndex         int

	_ struct{}
}
