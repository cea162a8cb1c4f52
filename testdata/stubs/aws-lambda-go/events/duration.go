package events

import "time"

// DurationSeconds mirrors events.DurationSeconds.
type DurationSeconds time.Duration

// UnmarshalJSON mirrors the method of events.DurationSeconds.
func (duration *DurationSeconds) UnmarshalJSON(data []byte) error { return nil }

// MarshalJSON mirrors the method of events.DurationSeconds.
func (duration DurationSeconds) MarshalJSON() ([]byte, error) { return nil, nil }

// DurationMinutes mirrors events.DurationMinutes.
type DurationMinutes time.Duration

// UnmarshalJSON mirrors the method of events.DurationMinutes.
func (duration *DurationMinutes) UnmarshalJSON(data []byte) error { return nil }

// MarshalJSON mirrors the method of events.DurationMinutes.
func (duration DurationMinutes) MarshalJSON() ([]byte, error) { return nil, nil }
