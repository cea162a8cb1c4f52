package events

// Window mirrors events.Window.
type Window struct {
	Start RFC3339EpochTime `json:"start"`
	End   RFC3339EpochTime `json:"end"`
}

// TimeWindowProperties mirrors events.TimeWindowProperties.
type TimeWindowProperties struct {
	Window Window `json:"window"`

	State map[string]string `json:"state"`

	ShardID string `json:"shardId"`

	EventSourceARN string `json:"eventSourceARN"`

	IsFinalInvokeForWindow bool `json:"isFinalInvokeForWindow"`

	IsWindowTerminatedEarly bool `json:"isWindowTerminatedEarly"`
}

// TimeWindowEventResponseProperties mirrors events.TimeWindowEventResponseProperties.
type TimeWindowEventResponseProperties struct {
	State map[string]string `json:"state"`
}
