package types

// ParameterType is a string enum of the API.
type ParameterType string
