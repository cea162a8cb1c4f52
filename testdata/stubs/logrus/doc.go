// Package logrus is a fixture stub of github.com/sirupsen/logrus v1.10.2:
// Logger, Entry, Fields and the logging functions.
package logrus
