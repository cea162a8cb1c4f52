package types

// MessageSystemAttributeName is a string enum of the API.
type MessageSystemAttributeName string

// QueueAttributeName is a string enum of the API.
type QueueAttributeName string
