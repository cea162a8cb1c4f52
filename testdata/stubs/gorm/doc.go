// Package gorm is a fixture stub of gorm.io/gorm v1.31.2: DB and its
// chainable and finisher methods, Open, Config, Dialector.
package gorm
