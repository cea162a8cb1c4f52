// Package validator is a fixture stub of
// github.com/go-playground/validator/v10 v10.30.6: Validate, New and the
// struct and variable validation methods.
package validator
