package zerolog

// Context configures a new sub-logger with contextual fields.
type Context struct {
	_ struct{}
}

// Logger returns the logger with the context previously set.
func (c Context) Logger() Logger { return Logger{} }

// Str adds the field key with val as a string to the logger context.
func (c Context) Str(key, val string) Context { return Context{} }

// Err adds the field "error" with serialized err to the logger context.
func (c Context) Err(err error) Context { return Context{} }

// Timestamp adds the current local time to the logger context with the "time"
// key, formatted using zerolog.TimeFieldFormat.
func (c Context) Timestamp() Context { return Context{} }

// Interface adds the field key with obj marshaled using reflection.
func (c Context) Interface(key string, i interface{}) Context { return Context{} }

// Caller adds the file:line of the caller with the zerolog.CallerFieldName
// key.
func (c Context) Caller() Context { return Context{} }
