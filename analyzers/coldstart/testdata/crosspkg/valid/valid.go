// Package valid is a library of validators: it has no handler and reports
// nothing itself, and tells its importers which validators compile a
// pattern on every call.
package valid

import "regexp"

var sku = regexp.MustCompile(`^[A-Z]{3}-[0-9]{4}$`)

// SKU is compiled once, at package initialisation.
func SKU(s string) bool { return sku.MatchString(s) }

// Slug compiles its pattern on every call.
func Slug(s string) bool { // want Slug:`constant regexp.MustCompile via slugRE`
	return slugRE().MatchString(s)
}

func slugRE() *regexp.Regexp { // want slugRE:`constant regexp.MustCompile`
	return regexp.MustCompile(`^[a-z0-9-]+$`)
}

// Matcher matches with a pattern of its caller.
func Matcher(pattern string) *regexp.Regexp { return regexp.MustCompile(pattern) }
