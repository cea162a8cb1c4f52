package types

// EncryptionType is a string enum of the API.
type EncryptionType string
