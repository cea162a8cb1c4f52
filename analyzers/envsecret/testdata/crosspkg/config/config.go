// Package config reads settings from the environment.
package config

import (
	"fmt"
	"os"
)

// MustEnv returns the variable and panics when it is not set.
func MustEnv(name string) string { // want MustEnv:`env\(param 0 checked=true\)`
	v := os.Getenv(name)
	if v == "" {
		panic(fmt.Sprintf("%s is not set", name))
	}
	return v
}

// Env returns the variable, empty when it is not set.
func Env(name string) string { return os.Getenv(name) } // want Env:`env\(param 0 checked=false\)`

// Required returns the variable or an error.
func Required(name string) (string, error) { // want Required:`env\(param 0 checked=true\)`
	v, ok := os.LookupEnv(name)
	if !ok || v == "" {
		return "", fmt.Errorf("%s is not set", name)
	}
	return v, nil
}
