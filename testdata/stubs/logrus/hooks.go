package logrus

// Hook describes hooks to be fired when logging on the logging levels
// returned from [Hook.Levels] on your implementation of the interface.
type Hook interface {
	Levels() []Level
	Fire(*Entry) error
}

// LevelHooks is an internal type for storing the hooks on a logger instance.
type LevelHooks map[Level][]Hook
