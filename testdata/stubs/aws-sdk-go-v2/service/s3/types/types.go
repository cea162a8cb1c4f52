package types

import (
	"time"
)

// Delete is the container of the objects to delete.
type Delete struct {
	Objects []ObjectIdentifier
	Quiet   *bool

	_ struct{}
}

// DeletedObject is about a deleted object.
type DeletedObject struct {
	DeleteMarker          *bool
	DeleteMarkerVersionId *string
	Key                   *string
	VersionId             *string

	_ struct{}
}

// Error returns the message of the error.
type Error struct {
	Code      *string
	Key       *string
	Message   *string
	VersionId *string

	_ struct{}
}

// ObjectIdentifier identifies an object.
type ObjectIdentifier struct {
	Key              *string
	ETag             *string
	LastModifiedTime *time.Time
	Size             *int64
	VersionId        *string

	_ struct{}
}
