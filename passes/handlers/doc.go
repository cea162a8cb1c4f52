// Package handlers defines an analyzer that finds the function handlers of a
// package and tells, for every function, whether it runs once per cold start
// or on every invocation.
//
// # Analyzer handlers
//
// handlers: find function handlers and their invocation scope
//
// The handlers pass reports nothing. Its result, a *Result, lists the
// handlers of the package (functions registered with aws-lambda-go,
// functions-framework-go, net/http or the fn runtime, functions with the
// exact net/http handler signature, functions marked with a
// //fnlint:handler directive) with their kind, and classifies every
// function of the package as init scope (package initialisation, init,
// main, sync.Once bodies) or invocation scope (a handler and everything it
// statically reaches), with the shortest call path from a handler.
//
// Checks that care about "per invocation" ask this pass and never re-derive
// handlers themselves. The pass builds the SSA form of the package
// (Result.Package): checks that need SSA take it from there rather than
// requiring buildssa, so SSA is built once per package.
//
// The pass skips the standard library and dependencies read from the module
// cache (neither a main module nor replaced by a local directory): there
// Result.Package is nil and there are no handlers. Their internals are not
// the user's code, and what checks match in them (pgxpool.New) is matched
// at the call in the user's code.
//
// A package that registers a handler declared in another package
// (lambda.Start(store.Handle)) lists it with a nil Fn; Elsewhere tells
// whether its own package already saw it as a handler, from a fact.
package handlers
