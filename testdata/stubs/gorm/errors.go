package gorm

import "errors"

// The errors GORM returns, as sentinels to compare with errors.Is.
var (
	// ErrRecordNotFound is returned when First, Last or Take find no record.
	ErrRecordNotFound = errors.New("record not found")
	// ErrInvalidTransaction is returned when a transaction is used wrongly.
	ErrInvalidTransaction = errors.New("invalid transaction")
	// ErrMissingWhereClause is returned by an update or delete without conditions.
	ErrMissingWhereClause = errors.New("WHERE conditions required")
	// ErrDuplicatedKey is returned, with TranslateError, for a unique violation.
	ErrDuplicatedKey = errors.New("duplicated key not allowed")
)
