package events

import "time"

// RFC3339EpochTime mirrors events.RFC3339EpochTime.
type RFC3339EpochTime struct {
	time.Time
}

// SecondsEpochTime mirrors events.SecondsEpochTime.
type SecondsEpochTime struct {
	time.Time
}

// MilliSecondsEpochTime mirrors events.MilliSecondsEpochTime.
type MilliSecondsEpochTime struct {
	time.Time
}

const secondsToNanoSecondsFactor = 1000000000

const milliSecondsToNanoSecondsFactor = 1000000

// MarshalJSON mirrors the method of events.SecondsEpochTime.
func (e SecondsEpochTime) MarshalJSON() ([]byte, error) { return nil, nil }

// UnmarshalJSON mirrors the method of events.SecondsEpochTime.
func (e *SecondsEpochTime) UnmarshalJSON(b []byte) error { return nil }

// MarshalJSON mirrors the method of events.MilliSecondsEpochTime.
func (e MilliSecondsEpochTime) MarshalJSON() ([]byte, error) { return nil, nil }

// UnmarshalJSON mirrors the method of events.MilliSecondsEpochTime.
func (e *MilliSecondsEpochTime) UnmarshalJSON(b []byte) error { return nil }

// MarshalJSON mirrors the method of events.RFC3339EpochTime.
func (e RFC3339EpochTime) MarshalJSON() ([]byte, error) { return nil, nil }

// UnmarshalJSON mirrors the method of events.RFC3339EpochTime.
func (e *RFC3339EpochTime) UnmarshalJSON(b []byte) error { return nil }
