// Package typesx answers questions about types that the handler pass and
// several checks ask, by type identity rather than by name.
package typesx

import "go/types"

// IsNamed reports whether t is the named type path.name, through aliases
// (not a pointer to it).
func IsNamed(t types.Type, path, name string) bool {
	n, ok := types.Unalias(t).(*types.Named)
	return ok && n.Obj().Pkg() != nil && n.Obj().Pkg().Path() == path && n.Obj().Name() == name
}

// IsError reports whether t is the predeclared error interface.
func IsError(t types.Type) bool {
	return t != nil && types.Identical(t, types.Universe.Lookup("error").Type())
}
