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
// handlers themselves.
package handlers
