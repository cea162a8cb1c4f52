// Package fixcompile holds a test, and nothing else, that checks the
// suggested fixes of every check against the whole fixture corpus: it
// applies them to a copy of each fixture module, as fnlint -fix does,
// then builds the fixed module, type-checks it with its tests, and runs
// the checks on it again. Fixed code must be gofmt-clean, compile, and no
// longer carry the findings that were fixed.
//
// Fixes are applied as fnlint -fix applies them (internal/fix): all the
// fixes of a check at once, then every check's fixes together; a fix
// left out by a conflict, and the second and later alternatives of a
// finding, each in a copy of its own. Each fix is also applied alone,
// unformatted, as an editor applies a quick fix: it must parse, and
// where gofmt would change it the test says so.
//
// The test loads, type-checks and builds every fixture module several
// times (about two and a half minutes of CPU), so it is behind the build
// tag fixcompile:
//
//	go test -tags fixcompile -count=1 ./internal/fixcompile/
package fixcompile
