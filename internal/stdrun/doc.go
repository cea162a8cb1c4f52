// Package stdrun holds the robustness tests of fnlint's whole suite on
// code it was not written against: the standard library with its tests,
// as go vet std checks it, and the module of 200 packages that
// internal/bench generates. They run the command line in process, as
// cmd/fnlint does, with every check enabled, and require that it analyses
// every package with no panic and no analyzer error.
//
// The generated module runs with go test, unless -short. The standard
// library takes one to three minutes on two cores and runs only when
// FNLINT_STD is set, as .ci/run does:
//
//	FNLINT_STD=1 go test -count=1 -timeout 20m ./internal/stdrun/
package stdrun
