package types

// ChecksumAlgorithm is a string enum of the API.
type ChecksumAlgorithm string

// ChecksumMode is a string enum of the API.
type ChecksumMode string

// ChecksumType is a string enum of the API.
type ChecksumType string

// ObjectCannedACL is a string enum of the API.
type ObjectCannedACL string

// ObjectLockEventHold is a string enum of the API.
type ObjectLockEventHold string

// ObjectLockLegalHoldStatus is a string enum of the API.
type ObjectLockLegalHoldStatus string

// ObjectLockMode is a string enum of the API.
type ObjectLockMode string

// ReplicationStatus is a string enum of the API.
type ReplicationStatus string

// RequestCharged is a string enum of the API.
type RequestCharged string

// RequestPayer is a string enum of the API.
type RequestPayer string

// ServerSideEncryption is a string enum of the API.
type ServerSideEncryption string

// StorageClass is a string enum of the API.
type StorageClass string
