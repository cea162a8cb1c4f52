package typesx_test

import (
	"go/types"
	"testing"

	"github.com/fnlint/fnlint/internal/typesx"
)

func TestIsNamed(t *testing.T) {
	pkg := types.NewPackage("example.com/p", "p")
	obj := types.NewTypeName(0, pkg, "T", nil)
	named := types.NewNamed(obj, types.Typ[types.Int], nil)
	alias := types.NewAlias(types.NewTypeName(0, pkg, "A", nil), named)
	for _, tc := range []struct {
		t    types.Type
		want bool
	}{
		{named, true},
		{alias, true},
		{types.NewPointer(named), false},
		{types.Typ[types.Int], false},
		{types.Universe.Lookup("error").Type(), false}, // no package
	} {
		if got := typesx.IsNamed(tc.t, "example.com/p", "T"); got != tc.want {
			t.Errorf("IsNamed(%v) = %v, want %v", tc.t, got, tc.want)
		}
	}
	if typesx.IsNamed(named, "example.com/q", "T") || typesx.IsNamed(named, "example.com/p", "U") {
		t.Error("IsNamed matched another path or name")
	}
}

func TestIsError(t *testing.T) {
	if !typesx.IsError(types.Universe.Lookup("error").Type()) {
		t.Error("IsError(error) = false")
	}
	if typesx.IsError(nil) || typesx.IsError(types.Typ[types.String]) {
		t.Error("IsError matched nil or string")
	}
}
